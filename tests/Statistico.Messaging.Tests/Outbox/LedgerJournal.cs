using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;

namespace Statistico.Messaging.Tests.Outbox;

/// <summary>What the test consumers did, across every host of a test.</summary>
public sealed class LedgerJournal
{
    private readonly ConcurrentQueue<Guid> consumed = new();
    private readonly ConcurrentQueue<Guid> observed = new();

    /// <summary>Runs inside the consumer, after its work and before the commit (a fault-injection point).</summary>
    public Action<Guid, DbContext>? WhileConsuming { get; set; }

    public int TimesConsumed(Guid entryId) => consumed.Count(id => id == entryId);

    public int TimesObserved(Guid entryId) => observed.Count(id => id == entryId);

    public void Consumed(Guid entryId, DbContext db)
    {
        consumed.Enqueue(entryId);
        WhileConsuming?.Invoke(entryId, db);
    }

    public void Observed(Guid entryId) => observed.Enqueue(entryId);
}
