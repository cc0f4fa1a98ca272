using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Statistico.Messaging.Tests.Support;

namespace Statistico.Messaging.Tests.Outbox;

/// <summary>
/// Counts a consumer's attempts and the runs of its after-commit work; each run looks for the consumer's row from a
/// connection of its own, so it tells whether the work really ran after the commit.
/// </summary>
public sealed class AfterCommitWitness(string database)
{
    private readonly ConcurrentDictionary<Guid, int> attempts = new();
    private readonly ConcurrentQueue<(Guid EntryId, bool RowVisible)> runs = new();

    public int NextAttempt(Guid entryId) => attempts.AddOrUpdate(entryId, 1, (_, n) => n + 1);

    public int Attempts(Guid entryId) => attempts.GetValueOrDefault(entryId);

    public IReadOnlyList<bool> Runs(Guid entryId) => [.. runs.Where(r => r.EntryId == entryId).Select(r => r.RowVisible)];

    /// <summary>The after-commit work: synchronous, as <c>AfterCommit</c> actions are.</summary>
    public void Ran(Guid entryId)
    {
        using var db = new MessagingDbContext(new DbContextOptionsBuilder<MessagingDbContext>().UseNpgsql(database).Options);
        runs.Enqueue((entryId, db.Ledger.Any(e => e.EntryId == entryId)));
    }
}
