using Npgsql;
using Statistico.Messaging.Scheduling;

namespace Statistico.Messaging.Tests.Scheduling;

/// <summary>Reads the scheduler's tables directly: what is stored is the evidence that survives a restart.</summary>
public static class QuartzTables
{
    public static Task<long> CountTriggersAsync(string connectionString, string group, CancellationToken ct) =>
        CountAsync(connectionString, $"SELECT count(*) FROM {QuartzSchema.TablePrefix}triggers WHERE trigger_group = @group", group, ct);

    public static Task<long> CountJobsAsync(string connectionString, string group, CancellationToken ct) =>
        CountAsync(connectionString, $"SELECT count(*) FROM {QuartzSchema.TablePrefix}job_details WHERE job_group = @group", group, ct);

    /// <summary>Scheduler nodes that have checked in to the cluster.</summary>
    public static Task<long> CountNodesAsync(string connectionString, CancellationToken ct) =>
        CountAsync(connectionString, $"SELECT count(*) FROM {QuartzSchema.TablePrefix}scheduler_state", group: null, ct);

    private static async Task<long> CountAsync(string connectionString, string sql, string? group, CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(ct);
        await using var command = new NpgsqlCommand(sql, connection);
        if (group is not null)
        {
            command.Parameters.AddWithValue("group", group);
        }

        return (long)(await command.ExecuteScalarAsync(ct))!;
    }
}
