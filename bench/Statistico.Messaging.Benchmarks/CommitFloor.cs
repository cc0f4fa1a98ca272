using Npgsql;
using Statistico.Testing;

namespace Statistico.Messaging.Benchmarks;

/// <summary>
/// The machine's commit floor: <c>connections</c> Npgsql connections, each inserting one small row per transaction
/// (autocommit) for a fixed time. <c>fsync</c> and <c>synchronous_commit</c> as the server has them (on), so this is
/// what the disk's WAL flushes allow; concurrent connections share flushes (group commit).
/// </summary>
internal static class CommitFloor
{
    public static async Task<Scenario> RunAsync(TestInfrastructure infrastructure, string name, int connections, TimeSpan duration)
    {
        await using var database = await infrastructure.CreateDatabaseAsync("bench");
        await using var source = NpgsqlDataSource.Create(database.ConnectionString);
        await using (var create = source.CreateCommand("CREATE TABLE commit_floor (id uuid PRIMARY KEY, at timestamptz NOT NULL)"))
        {
            await create.ExecuteNonQueryAsync();
        }

        long commits = 0;
        var clock = ScenarioClock.Start();
        await Task.WhenAll(Enumerable.Range(0, connections).Select(async _ =>
        {
            await using var connection = await source.OpenConnectionAsync();
            await using var insert = new NpgsqlCommand("INSERT INTO commit_floor (id, at) VALUES ($1, $2)", connection);
            var id = new NpgsqlParameter<Guid>();
            var at = new NpgsqlParameter<DateTime>();
            insert.Parameters.Add(id);
            insert.Parameters.Add(at);
            await insert.PrepareAsync();
            while (clock.Elapsed < duration)
            {
                id.TypedValue = Guid.NewGuid();
                at.TypedValue = DateTime.UtcNow;
                await insert.ExecuteNonQueryAsync();
                Interlocked.Increment(ref commits);
            }
        }));
        return clock.Stop(name, (int)commits);
    }
}
