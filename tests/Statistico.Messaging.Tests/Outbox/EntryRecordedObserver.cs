using MassTransit;

namespace Statistico.Messaging.Tests.Outbox;

/// <summary>Downstream of the ledger: counts every <see cref="EntryRecorded"/> that arrives.</summary>
public sealed class EntryRecordedObserver(LedgerJournal journal) : IConsumer<EntryRecorded>
{
    public Task Consume(ConsumeContext<EntryRecorded> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        journal.Observed(context.Message.EntryId);
        return Task.CompletedTask;
    }
}
