using Microsoft.EntityFrameworkCore;
using Statistico.Messaging.Persistence;

namespace Statistico.Messaging.Outbox;

/// <summary>
/// The inbox row of one message and consumer, inserted as consumed inside the message's transaction: if the
/// transaction commits, the message was consumed (and its outgoing messages are stored); if it rolls back, the row
/// never existed. A second copy finds the unique key taken, counts itself on the row (<see cref="InboxState.ReceiveCount"/>:
/// the evidence that a duplicate arrived and was dropped) and is acknowledged; a copy racing the first waits on the key
/// until the first transaction ends, then knows which it is. One statement, one round trip.
/// </summary>
internal static class InboxClaim
{
    private static readonly Dictionary<Type, string> Statements = [];

    /// <summary>True when this transaction now owns the message; false when it was consumed already.</summary>
    public static async Task<bool> TryClaimAsync(DbContext db, Guid messageId, Guid consumerId, CancellationToken cancellationToken)
    {
        var now = DateTime.UtcNow;
        // xmax is 0 on a row this statement inserted, and set on one it updated (Postgres' insert-or-update tell).
        var inserted = await db.Database
            .SqlQueryRaw<bool>(StatementFor(db), messageId, consumerId, Guid.NewGuid(), now)
            .ToListAsync(cancellationToken);
        return inserted.Single();
    }

    private static string StatementFor(DbContext db)
    {
        lock (Statements)
        {
            if (!Statements.TryGetValue(db.GetType(), out var statement))
            {
                string Column(string property) => SqlNames.Column<InboxState>(db, property);
                statement =
                    $"INSERT INTO {SqlNames.Table<InboxState>(db)} AS inbox ({Column(nameof(InboxState.MessageId))}, {Column(nameof(InboxState.ConsumerId))}, " +
                    $"{Column(nameof(InboxState.LockId))}, {Column(nameof(InboxState.Received))}, {Column(nameof(InboxState.ReceiveCount))}, " +
                    $"{Column(nameof(InboxState.Consumed))}, {Column(nameof(InboxState.Delivered))}) " +
                    "VALUES ({0}, {1}, {2}, {3}, 1, {3}, {3}) " +
                    $"ON CONFLICT ({Column(nameof(InboxState.MessageId))}, {Column(nameof(InboxState.ConsumerId))}) " +
                    $"DO UPDATE SET {Column(nameof(InboxState.ReceiveCount))} = inbox.{Column(nameof(InboxState.ReceiveCount))} + 1 " +
                    "RETURNING (inbox.xmax = 0) AS \"Value\"";
                Statements[db.GetType()] = statement;
            }

            return statement;
        }
    }
}
