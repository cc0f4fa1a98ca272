using System.Diagnostics;
using MassTransit;

namespace Statistico.Trader.Benchmarks;

/// <summary>
/// Tells the Trader about every fixture of a run the way the platform does (FixtureScheduled, then OddsCompiled, on
/// the broker), before the clock starts, and waits until each is stored.
/// </summary>
internal static class FixtureLoader
{
    public static async Task LoadAsync(IBus bus, TraderDatabase database, IReadOnlyList<BenchFixture> fixtures)
    {
        var clock = Stopwatch.StartNew();
        var kickOff = DateTimeOffset.UtcNow.AddHours(24);
        foreach (var chunk in fixtures.Chunk(500))
        {
            await Task.WhenAll(chunk.Select(f => bus.Publish(f.Scheduled(kickOff))));
        }

        await UntilAsync(database, "SELECT count(*) FROM fixtures", fixtures.Count);
        foreach (var chunk in fixtures.Chunk(500))
        {
            await Task.WhenAll(chunk.Select(f => bus.Publish(f.Compiled())));
        }

        await UntilAsync(database, "SELECT count(DISTINCT \"FixtureId\") FROM compiled_prices", fixtures.Count);
        Console.WriteLine($"loaded {fixtures.Count:N0} fixtures (scheduled + compiled) in {clock.Elapsed.TotalSeconds:F1} s");
    }

    private static async Task UntilAsync(TraderDatabase database, string sql, long expected)
    {
        var deadline = Stopwatch.StartNew();
        while (await database.CountAsync(sql) < expected)
        {
            if (deadline.Elapsed > TimeSpan.FromMinutes(10))
            {
                throw new TimeoutException($"{sql} did not reach {expected}.");
            }

            await Task.Delay(250);
        }
    }
}
