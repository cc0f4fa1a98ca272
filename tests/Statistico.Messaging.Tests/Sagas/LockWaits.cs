using Npgsql;

namespace Statistico.Messaging.Tests.Sagas;

/// <summary>
/// Reads from <c>pg_stat_activity</c> whether a session of the database is blocked on a lock while running a given
/// statement: proof that an event waits for another transaction, rather than a guess from timing.
/// </summary>
internal static class LockWaits
{
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
}
