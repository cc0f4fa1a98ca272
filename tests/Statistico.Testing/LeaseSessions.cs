using Npgsql;

namespace Statistico.Testing;

/// <summary>What an operator's pg_terminate_backend (or a cut connection) does to advisory-lock lease holders (ADR 0306, 0617).</summary>
public static class LeaseSessions
{
    /// <summary>The application name of every lease session (Statistico.Leases' AdvisoryLease.ApplicationName).</summary>
    public const string ApplicationName = "statistico-lease";

    /// <summary>Kills this database's lease sessions that hold an advisory lock; how many were killed.</summary>
    public static async Task<long> TerminateAsync(string connectionString, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(
            """
            SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity
            WHERE datname = current_database() AND application_name = @application
              AND pid IN (SELECT pid FROM pg_locks WHERE locktype = 'advisory' AND granted)
            """, connection);
        command.Parameters.AddWithValue("application", ApplicationName);
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }
}
