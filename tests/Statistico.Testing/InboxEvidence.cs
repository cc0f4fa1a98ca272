using Npgsql;

namespace Statistico.Testing;

/// <summary>
/// Evidence that a service consumed a message: its inbox row, committed in the same transaction as whatever the message
/// changed and the messages it caused (ADR 0023). A test that asserts that nothing happened waits for this, and for the
/// service's outbox to drain, first: then an absence means the service decided to do nothing, not that it has not got
/// there yet.
/// </summary>
public static class InboxEvidence
{
    /// <summary>
    /// Waits until a consumer of the service in <paramref name="connectionString"/> has received
    /// <paramref name="messageId"/> at least <paramref name="receives"/> times (a copy of a consumed message is counted on
    /// its row and acknowledged without running the consumer again).
    /// </summary>
    public static Task ConsumedAsync(string connectionString, Guid messageId, int receives, TimeSpan timeout, CancellationToken cancellationToken) =>
        Eventually.UntilAsync(
            async () => await ScalarAsync<int>(
                connectionString,
                "SELECT COALESCE(MAX(\"ReceiveCount\"), 0) FROM inbox_state WHERE \"MessageId\" = $1 AND \"Consumed\" IS NOT NULL",
                messageId,
                cancellationToken) >= receives,
            timeout,
            $"message {messageId} received {receives} time(s)",
            cancellationToken);

    /// <summary>
    /// Waits until <paramref name="consumers"/> different consumers of the service in <paramref name="connectionString"/>
    /// have consumed <paramref name="messageId"/>: an event the service consumes on several endpoints (a consumer and a
    /// saga) is only fully handled when every one of them has committed.
    /// </summary>
    public static Task ConsumedByAsync(string connectionString, Guid messageId, int consumers, TimeSpan timeout, CancellationToken cancellationToken) =>
        Eventually.UntilAsync(
            async () => await ScalarAsync<long>(
                connectionString,
                "SELECT count(DISTINCT \"ConsumerId\") FROM inbox_state WHERE \"MessageId\" = $1 AND \"Consumed\" IS NOT NULL",
                messageId,
                cancellationToken) >= consumers,
            timeout,
            $"message {messageId} consumed by {consumers} consumer(s)",
            cancellationToken);

    /// <summary>Waits until the service's relay has delivered every message it stored.</summary>
    public static Task OutboxDrainedAsync(string connectionString, TimeSpan timeout, CancellationToken cancellationToken) =>
        Eventually.UntilAsync(
            async () => await ScalarAsync<long>(connectionString, "SELECT count(*) FROM outbox_message", null, cancellationToken) == 0,
            timeout,
            "the outbox to be delivered",
            cancellationToken);

    private static async Task<T> ScalarAsync<T>(string connectionString, string sql, Guid? parameter, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        if (parameter is { } value)
        {
            command.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = value });
        }

        return (T)(await command.ExecuteScalarAsync(cancellationToken))!;
    }
}
