using System.Collections.Concurrent;

namespace Statistico.Messaging.Tests.Sagas;

/// <summary>What the wallet saga did: every attempt at every event, and what reached consumers after commit.</summary>
public sealed class WalletJournal
{
    private readonly ConcurrentQueue<(object Message, int Attempt)> attempts = new();
    private readonly ConcurrentQueue<WalletBalanceQuoted> quotes = new();
    private readonly ConcurrentQueue<WalletBalanceChanged> changes = new();

    public IReadOnlyList<WalletBalanceQuoted> Quotes => [.. quotes];

    public IReadOnlyList<WalletBalanceChanged> Changes => [.. changes];

    /// <summary>The retry attempts (0 = first try) at which the saga ran this very message.</summary>
    public IReadOnlyList<int> AttemptsAt(object message) => [.. attempts.Where(a => a.Message.Equals(message)).Select(a => a.Attempt)];

    public void Attempted(object message, int attempt) => attempts.Enqueue((message, attempt));

    public void Quoted(WalletBalanceQuoted quote) => quotes.Enqueue(quote);

    public void Changed(WalletBalanceChanged change) => changes.Enqueue(change);
}
