using MassTransit;
using Statistico.Messaging.Outbox;
using Statistico.Messaging.Tests.Support;

namespace Statistico.Messaging.Tests.Outbox;

/// <summary>Writes the entry and queues work for after the commit; fails the first attempts after queuing it.</summary>
public sealed class WatchEntryConsumer(MessagingDbContext db, AfterCommit afterCommit, AfterCommitWitness witness) : IConsumer<WatchEntry>
{
    public async Task Consume(ConsumeContext<WatchEntry> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var entryId = context.Message.EntryId;
        db.Ledger.Add(new LedgerEntry { EntryId = entryId, Amount = 1m });
        await db.SaveChangesAsync(context.CancellationToken);
        afterCommit.Run(() => witness.Ran(entryId));
        if (witness.NextAttempt(entryId) <= context.Message.FailAttempts)
        {
            throw new InvalidOperationException("This attempt fails after queuing its after-commit work, so the transaction rolls back.");
        }
    }
}
