using System.Diagnostics;
using Npgsql;
using Statistico.Testing;

namespace Statistico.Trader.Benchmarks;

/// <summary>
/// The database's commit floor: one Npgsql connection inserting one small row per autocommit transaction, back to
/// back, each timed. <c>fsync</c> and <c>synchronous_commit</c> as the server has them (on, scripts/infra.sh), so
/// this is one WAL flush plus a round trip: no transaction of the Trader can commit faster on this machine.
/// </summary>
internal static class CommitFloor
{
    public static async Task<Latencies> RunAsync(TestInfrastructure infrastructure, TimeSpan duration)
    {
        await using var database = await infrastructure.CreateDatabaseAsync("bench-floor");
        await using var source = NpgsqlDataSource.Create(database.ConnectionString);
        await using (var create = source.CreateCommand("CREATE TABLE commit_floor (id uuid PRIMARY KEY, at timestamptz NOT NULL)"))
        {
            await create.ExecuteNonQueryAsync();
        }

        await using var connection = await source.OpenConnectionAsync();
        await using var insert = new NpgsqlCommand("INSERT INTO commit_floor (id, at) VALUES ($1, $2)", connection);
        var id = new NpgsqlParameter<Guid>();
        var at = new NpgsqlParameter<DateTime>();
        insert.Parameters.Add(id);
        insert.Parameters.Add(at);
        await insert.PrepareAsync();
        var samples = new List<double>();
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < duration)
        {
            id.TypedValue = Guid.NewGuid();
            at.TypedValue = DateTime.UtcNow;
            var started = Stopwatch.GetTimestamp();
            await insert.ExecuteNonQueryAsync();
            samples.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }

        return new Latencies("floor: Postgres one-row INSERT + COMMIT, 1 connection, back to back", samples);
    }
}
