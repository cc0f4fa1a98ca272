using Npgsql;

namespace Statistico.Testing;

/// <summary>
/// Reads from <c>pg_stat_activity</c> whether a session of the database is blocked on a lock: proof that a statement
/// waits for another transaction, rather than a guess from timing.
/// </summary>
public static class LockWaits
{
    /// <summary>Whether another session of <paramref name="database"/> waits on a lock while running a statement like <paramref name="statementLike"/>.</summary>
    public static async Task<bool> AnyAsync(string database, string statementLike, CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync(ct);
        await using var command = new NpgsqlCommand(
            "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() " +
            "AND wait_event_type = 'Lock' AND query ILIKE $1",
            connection);
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = statementLike });
        return (long)(await command.ExecuteScalarAsync(ct))! > 0;
    }

    /// <summary>
    /// Returns once <paramref name="writer"/> is seen waiting on another transaction's locks in <paramref name="database"/>;
    /// throws if it finishes first (it did not wait: nothing held it up) or never waits within ten seconds.
    /// </summary>
    public static async Task HeldUpAsync(string database, Task writer, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(writer);
        await Eventually.UntilAsync(
            async () => !writer.IsCompleted
                ? await AnyAsync(database, "%", ct)
                : throw new InvalidOperationException("The second writer finished while the first still held its rows."),
            TimeSpan.FromSeconds(10), "the second writer to wait for the first one's locks", ct);
    }
}
