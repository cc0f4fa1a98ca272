using System.Diagnostics;
using MassTransit;

namespace Statistico.Trader.Benchmarks;

/// <summary>
/// Publishes one MarketOddsObserved per slot of an <see cref="OpenLoopSchedule"/> through the Trader's bus. Every
/// <c>valueEvery</c>-th observation is of a fresh value fixture (a new trade, so a new order); the others cycle over
/// the quiet fixtures (stored and evaluated, no trade). Remembers which slot each value fixture was observed in.
/// </summary>
internal sealed class ObservationFeed(IBus bus, int rate, int valueEvery, IReadOnlyList<BenchFixture> value, IReadOnlyList<BenchFixture> quiet)
{
    public OpenLoopSchedule Schedule { get; } = new(rate);

    /// <summary>The slot each value fixture was observed in.</summary>
    public Dictionary<Guid, int> SlotOf { get; } = [];

    /// <summary>Stopwatch timestamp and UTC time taken together at the start, to place the database's UTC stamps on the Stopwatch clock.</summary>
    public (long Stopwatch, DateTimeOffset Utc) Origin { get; private set; }

    public double SendSeconds { get; private set; }

    /// <summary>This process's counters when the first measured observation was due and when the last was sent.</summary>
    public (ProcessCounters? Start, ProcessCounters? End) Measured { get; private set; }

    /// <summary>Every fixture the feed may observe: the Trader must know them all before it starts.</summary>
    public IReadOnlyList<BenchFixture> AllFixtures => [.. value, .. quiet];

    public int ValueSlots(int count) => (count + valueEvery - 1) / valueEvery;

    /// <summary>Sends <paramref name="count"/> observations at the rate; the ones from <paramref name="firstMeasuredSlot"/> on are measured, the ones before are the warm-up.</summary>
    public async Task RunAsync(int count, int firstMeasuredSlot)
    {
        var publishes = new List<Task>(count);
        var failed = 0;
        Origin = (Stopwatch.GetTimestamp(), DateTimeOffset.UtcNow);
        var clock = Stopwatch.StartNew();
        await Schedule.RunAsync(count, slot =>
        {
            if (slot == firstMeasuredSlot)
            {
                Measured = (ProcessCounters.Now(), null);
            }

            BenchFixture fixture;
            if (slot % valueEvery == 0)
            {
                fixture = value[slot / valueEvery];
                SlotOf[fixture.FixtureId] = slot;
            }
            else
            {
                fixture = quiet[slot % quiet.Count];
            }

            publishes.Add(bus.Publish(fixture.Observed()).ContinueWith(t => Interlocked.Add(ref failed, t.IsFaulted ? 1 : 0), TaskScheduler.Default));
        });
        SendSeconds = clock.Elapsed.TotalSeconds;
        Measured = (Measured.Start, ProcessCounters.Now());
        await Task.WhenAll(publishes);
        if (failed > 0)
        {
            Console.WriteLine($"{failed} publishes failed");
        }
    }

    /// <summary>A UTC time stamped by the Trader, on the Stopwatch clock.</summary>
    public long ToStopwatch(DateTimeOffset utc) => Origin.Stopwatch + (long)((utc - Origin.Utc).TotalSeconds * Stopwatch.Frequency);
}
