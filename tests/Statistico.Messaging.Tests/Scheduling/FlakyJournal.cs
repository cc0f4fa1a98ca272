using System.Collections.Concurrent;

namespace Statistico.Messaging.Tests.Scheduling;

/// <summary>Every attempt at <see cref="FlakyWork"/> and its redelivery count.</summary>
public sealed class FlakyJournal
{
    private readonly ConcurrentQueue<(Guid Id, int Redelivery, bool Succeeded)> attempts = new();

    public IReadOnlyCollection<(Guid Id, int Redelivery, bool Succeeded)> Attempts => attempts;

    public void Attempted(Guid id, int redelivery, bool succeeded) => attempts.Enqueue((id, redelivery, succeeded));
}
