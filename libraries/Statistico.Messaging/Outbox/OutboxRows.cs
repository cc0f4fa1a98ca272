using Microsoft.EntityFrameworkCore;
using Statistico.Messaging.Persistence;

namespace Statistico.Messaging.Outbox;

/// <summary>The relay's SQL over the outbox table: claim a batch, delete what was sent.</summary>
internal static class OutboxRows
{
    private static readonly Dictionary<Type, (string Claim, string Delete)> Statements = [];

    /// <summary>
    /// The oldest deliverable rows (not parked, not backing off, not delayed), locked for this transaction; rows another
    /// relay holds are skipped, not waited for.
    /// </summary>
    public static Task<List<OutboxMessage>> ClaimAsync(DbContext db, DateTime now, int limit, CancellationToken cancellationToken) =>
        db.Set<OutboxMessage>().FromSqlRaw(For(db).Claim, now, limit).AsNoTracking().ToListAsync(cancellationToken);

    public static async Task DeleteAsync(DbContext db, long[] sequenceNumbers, CancellationToken cancellationToken)
    {
        if (sequenceNumbers.Length > 0)
        {
            await db.Database.ExecuteSqlRawAsync(For(db).Delete, [sequenceNumbers], cancellationToken);
        }
    }

    private static (string Claim, string Delete) For(DbContext db)
    {
        lock (Statements)
        {
            if (!Statements.TryGetValue(db.GetType(), out var statements))
            {
                string Column(string property) => SqlNames.Column<OutboxMessage>(db, property);
                var table = SqlNames.Table<OutboxMessage>(db);
                var sequence = Column(nameof(OutboxMessage.SequenceNumber));
                var claim =
                    $"SELECT * FROM {table} WHERE {Column(nameof(OutboxMessage.Parked))} IS NULL " +
                    $"AND ({Column(nameof(OutboxMessage.NextAttempt))} IS NULL OR {Column(nameof(OutboxMessage.NextAttempt))} <= {{0}}) " +
                    $"AND ({Column(nameof(OutboxMessage.EnqueueTime))} IS NULL OR {Column(nameof(OutboxMessage.EnqueueTime))} <= {{0}}) " +
                    $"ORDER BY {sequence} LIMIT {{1}} FOR UPDATE SKIP LOCKED";
                statements = (claim, $"DELETE FROM {table} WHERE {sequence} = ANY({{0}})");
                Statements[db.GetType()] = statements;
            }

            return statements;
        }
    }
}
