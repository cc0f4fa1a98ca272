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
    private static readonly Dictionary<(Type Context, string Style), string> Statements = [];

    /// <summary>True when this transaction now owns the message; false when it was consumed already.</summary>
    public static Task<bool> TryClaimAsync(DbContext db, Guid messageId, Guid consumerId, CancellationToken cancellationToken)
    {
        var now = DateTime.UtcNow;
        // xmax is 0 on a row this statement inserted, and set on one it updated (Postgres' insert-or-update tell).
        return ReadBoolAsync(db, StatementFor(db, "$1", "$2", "$3", "$4"), [messageId, consumerId, Guid.NewGuid(), now], "The inbox claim returned no row.", cancellationToken);
    }

    /// <summary>
    /// Whether this transaction's claim inserted the message's row, read after a claim whose result was not returned
    /// (<see cref="Sagas.SagaRowLoader{TSaga}"/>'s claim with the saga read returns no row both when the message was
    /// consumed already and when the saga does not exist yet). The claim inserts with one receipt and a duplicate adds
    /// one, and the transaction holds the row, so a single receipt is this transaction's own insert.
    /// </summary>
    public static Task<bool> WasInsertedAsync(DbContext db, Guid messageId, Guid consumerId, CancellationToken cancellationToken)
    {
        string Column(string property) => SqlNames.Column<InboxState>(db, property);
        var statement =
            $"SELECT {Column(nameof(InboxState.ReceiveCount))} = 1 FROM {SqlNames.Table<InboxState>(db)} " +
            $"WHERE {Column(nameof(InboxState.MessageId))} = $1 AND {Column(nameof(InboxState.ConsumerId))} = $2";
        return ReadBoolAsync(db, statement, [messageId, consumerId], "The inbox row of a claimed message is missing.", cancellationToken);
    }

    /// <summary>
    /// Runs one statement that answers one bool, on the message transaction's own connection as a plain command: it
    /// runs for every consumed message, and EF Core's query pipeline (query cache lookup, parameter objects, a
    /// materializer for one bool) cost more CPU than the statement itself (ADR 0047). Anything but a bool is a broken
    /// statement and an error, never an answer: read as "consumed already" it would drop the message.
    /// </summary>
    private static async Task<bool> ReadBoolAsync(DbContext db, string statement, object[] values, string whenNoBool, CancellationToken cancellationToken)
    {
        var transaction = db.Database.CurrentTransaction
            ?? throw new InvalidOperationException("The inbox claim belongs to the message's transaction; begin it first.");
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = transaction.GetDbTransaction();
        command.CommandText = statement;
        foreach (var value in values)
        {
            var parameter = command.CreateParameter();
            parameter.Value = value;
            command.Parameters.Add(parameter);
        }

        return await command.ExecuteScalarAsync(cancellationToken) is bool answer ? answer : throw new InvalidOperationException(whenNoBool);
    }

    /// <summary>
    /// The claim statement with the given placeholders for the message id, consumer id, lock id and time (Npgsql's
    /// positional <c>$n</c> for a plain command, EF Core's <c>{n}</c> inside a saga read). It returns one row, with
    /// <c>claimed</c> true when it inserted the row.
    /// </summary>
    internal static string StatementFor(DbContext db, string messageId, string consumerId, string lockId, string now)
    {
        var key = (db.GetType(), messageId);
        lock (Statements)
        {
            if (!Statements.TryGetValue(key, out var statement))
            {
                string Column(string property) => SqlNames.Column<InboxState>(db, property);
                statement =
                    $"INSERT INTO {SqlNames.Table<InboxState>(db)} AS inbox ({Column(nameof(InboxState.MessageId))}, {Column(nameof(InboxState.ConsumerId))}, " +
                    $"{Column(nameof(InboxState.LockId))}, {Column(nameof(InboxState.Received))}, {Column(nameof(InboxState.ReceiveCount))}, " +
                    $"{Column(nameof(InboxState.Consumed))}, {Column(nameof(InboxState.Delivered))}) " +
                    $"VALUES ({messageId}, {consumerId}, {lockId}, {now}, 1, {now}, {now}) " +
                    $"ON CONFLICT ({Column(nameof(InboxState.MessageId))}, {Column(nameof(InboxState.ConsumerId))}) " +
                    $"DO UPDATE SET {Column(nameof(InboxState.ReceiveCount))} = inbox.{Column(nameof(InboxState.ReceiveCount))} + 1 " +
                    "RETURNING (inbox.xmax = 0) AS claimed";
                Statements[key] = statement;
            }

            return statement;
        }
    }
}
