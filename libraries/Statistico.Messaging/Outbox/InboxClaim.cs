using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
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
        var transaction = db.Database.CurrentTransaction
            ?? throw new InvalidOperationException("The inbox claim belongs to the message's transaction; begin it first.");
        var now = DateTime.UtcNow;
        // Sent on the transaction's own connection as a plain command: it runs once per consumed message, and EF Core's
        // query pipeline (query cache lookup, parameter objects, a materializer for one bool) cost more CPU than the
        // statement itself (ADR 0047).
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = transaction.GetDbTransaction();
        command.CommandText = StatementFor(db);
        foreach (var value in new object[] { messageId, consumerId, Guid.NewGuid(), now })
        {
            var parameter = command.CreateParameter();
            parameter.Value = value;
            command.Parameters.Add(parameter);
        }

        // xmax is 0 on a row this statement inserted, and set on one it updated (Postgres' insert-or-update tell).
        // Anything but a bool is a broken statement, never a duplicate: reading it as one would drop the message.
        return await command.ExecuteScalarAsync(cancellationToken) is bool inserted
            ? inserted
            : throw new InvalidOperationException("The inbox claim returned no row.");
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
                    "VALUES ($1, $2, $3, $4, 1, $4, $4) " +
                    $"ON CONFLICT ({Column(nameof(InboxState.MessageId))}, {Column(nameof(InboxState.ConsumerId))}) " +
                    $"DO UPDATE SET {Column(nameof(InboxState.ReceiveCount))} = inbox.{Column(nameof(InboxState.ReceiveCount))} + 1 " +
                    "RETURNING (inbox.xmax = 0)";
                Statements[db.GetType()] = statement;
            }

            return statement;
        }
    }
}
