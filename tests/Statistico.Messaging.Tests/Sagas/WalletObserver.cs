using MassTransit;

namespace Statistico.Messaging.Tests.Sagas;

/// <summary>Records what the wallet saga published, downstream (so only what was committed).</summary>
public sealed class WalletObserver(WalletJournal journal) : IConsumer<WalletBalanceQuoted>, IConsumer<WalletBalanceChanged>
{
    public Task Consume(ConsumeContext<WalletBalanceQuoted> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        journal.Quoted(context.Message);
        return Task.CompletedTask;
    }

    public Task Consume(ConsumeContext<WalletBalanceChanged> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        journal.Changed(context.Message);
        return Task.CompletedTask;
    }
}
