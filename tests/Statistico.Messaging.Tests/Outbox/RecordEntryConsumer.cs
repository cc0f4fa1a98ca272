using MassTransit;
using Statistico.Messaging.Tests.Support;

namespace Statistico.Messaging.Tests.Outbox;

/// <summary>Writes the entry and announces it: both must happen exactly once per command.</summary>
public sealed class RecordEntryConsumer(MessagingDbContext db, LedgerJournal journal) : IConsumer<RecordEntry>
{
    public async Task Consume(ConsumeContext<RecordEntry> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        db.Ledger.Add(new LedgerEntry { EntryId = context.Message.EntryId, Amount = context.Message.Amount });
        await db.SaveChangesAsync(context.CancellationToken);
        await context.Publish(new EntryRecorded(context.Message.EntryId, context.Message.Amount), context.CancellationToken);
        journal.Consumed(context.Message.EntryId, db);
    }
}
