using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Statistico.Betfair;
using Statistico.Testing;
using Statistico.Trader.Apis;
using Statistico.Trader.Strategies;

namespace Statistico.Trader.Benchmarks;

/// <summary>
/// From a MarketOddsObserved that creates value to the order accepted by the Simulator, at a fixed rate, on the real
/// broker and databases (scripts/infra.sh), beside the machine's floors measured in the same process: one Postgres
/// commit on one connection and raw RabbitMQ publish → consume at the same rate. Usage (admin role: test-env):
/// dotnet run -c Release --project bench/Statistico.Trader.Benchmarks -- [rate=500] [seconds=30] [warmup=10] [valueEvery=10]
/// </summary>
internal static class BenchProgram
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public static async Task Main(string[] args)
    {
        var rate = Arg(args, 0, 500);
        var seconds = Arg(args, 1, 30);
        var warmup = Arg(args, 2, 10);
        var valueEvery = Arg(args, 3, 10);
        var slots = rate * (warmup + seconds);
        Console.WriteLine($"{DateTimeOffset.UtcNow:u}: {rate} observations/s for {warmup} s warm-up + {seconds} s measured, every {valueEvery}. creates value; load {Load()}");
        ContentRoots.Point("Statistico.Trader", "Statistico.Simulator");

        var infrastructure = new TestInfrastructure();
        await infrastructure.InitializeAsync();
        var floorsBefore = await FloorsAsync(infrastructure, rate);

        await using var simulatorDatabase = await infrastructure.CreateDatabaseAsync("bench-sim");
        await using var traderDatabase = await infrastructure.CreateDatabaseAsync("bench-trader");
        await using var virtualHost = await infrastructure.CreateVirtualHostAsync("bench-trader");
        await using var simulator = new SimulatorHost(simulatorDatabase.ConnectionString);
        var probe = new PlaceOrdersProbe(() => simulator.Server.CreateHandler());
        await using var trader = new TraderHost(traderDatabase.ConnectionString, virtualHost.BrokerUri, () => probe);
        using var api = trader.CreateClient();
        await using var database = new TraderDatabase(traderDatabase.ConnectionString);
        var bus = trader.Services.GetRequiredService<IBus>();

        var markets = await ExchangeMarkets.OpenAsync(trader.Services.GetRequiredService<IBetfairClient>());
        Console.WriteLine($"{markets.Count} open MATCH_ODDS markets at the Simulator");
        var feed = new ObservationFeed(bus, rate, valueEvery,
            [.. Enumerable.Range(0, (slots + valueEvery - 1) / valueEvery).Select(i => new BenchFixture(Guid.NewGuid(), markets[i % markets.Count], Value: true))],
            [.. Enumerable.Range(0, 200).Select(i => new BenchFixture(Guid.NewGuid(), markets[i % markets.Count], Value: false))]);
        await FixtureLoader.LoadAsync(bus, database, feed.AllFixtures);
        var created = await api.PostAsJsonAsync("/api/strategies", new CreateStrategyRequest(BenchStrategy.Id, BenchStrategy.Definition(), StrategyStatus.Active), Json);
        created.EnsureSuccessStatusCode();

        Console.WriteLine($"{DateTimeOffset.UtcNow:u}: feeding (pid {Environment.ProcessId}); load {Load()}");
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var feeding = ProcessCounters.Now();
        var wall = Stopwatch.StartNew();
        await feed.RunAsync(slots, firstMeasuredSlot: rate * warmup);
        var expected = feed.ValueSlots(slots);
        Console.WriteLine($"sent {slots:N0} observations in {feed.SendSeconds:F1} s ({slots / feed.SendSeconds:F0}/s); waiting for {expected:N0} orders");
        await UntilOrdersAsync(probe, expected);
        var drained = ProcessCounters.Now();
        cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        // This process is the Trader, the Simulator and the feed: Postgres and RabbitMQ come on top.
        Console.WriteLine($"last order {wall.Elapsed.TotalSeconds:F1} s after the first observation; this process used {cpu.TotalSeconds:F1} s of CPU, {cpu.TotalMilliseconds * 1000 / slots:F0} µs per observation");

        // Unqueued, the measured window's CPU is the measured observations' cost; queued, it is whatever the process got.
        var (measuredStart, measuredEnd) = feed.Measured;
        Console.WriteLine(measuredStart!.Since(feeding, "warm-up (first observation due → first measured one due)", rate * warmup));
        Console.WriteLine(measuredEnd!.Since(measuredStart, "measured window (first measured observation due → last one sent)", rate * seconds));
        Console.WriteLine(drained.Since(measuredEnd, "drain (last observation sent → last order)", rate * seconds));
        var orders = await OrderLatencies.CollectAsync(feed, probe, database, firstMeasuredSlot: rate * warmup);
        var floorsAfter = await FloorsAsync(infrastructure, rate);
        Report(rate, seconds, orders, floorsBefore, floorsAfter);
        Console.WriteLine($"{DateTimeOffset.UtcNow:u}: done; load {Load()}");
        await infrastructure.DisposeAsync();
    }

    private static async Task<(Latencies Commit, Latencies Broker)> FloorsAsync(TestInfrastructure infrastructure, int rate) =>
        (await CommitFloor.RunAsync(infrastructure, TimeSpan.FromSeconds(5)), await BrokerFloor.RunAsync(infrastructure, rate, TimeSpan.FromSeconds(10), bodyBytes: 400));

    private static async Task UntilOrdersAsync(PlaceOrdersProbe probe, int expected)
    {
        var last = -1;
        var quiet = 0;
        while (probe.Calls.Count < expected && quiet < 20)
        {
            await Task.Delay(1000);
            quiet = probe.Calls.Count == last ? quiet + 1 : 0;
            last = probe.Calls.Count;
        }
    }

    private static void Report(int rate, int seconds, OrderLatencies orders, (Latencies Commit, Latencies Broker) before, (Latencies Commit, Latencies Broker) after)
    {
        var commit = new Latencies("floor: Postgres one-row INSERT + COMMIT, 1 connection, back to back (before + after)", Samples(before.Commit, after.Commit));
        var broker = new Latencies($"floor: raw RabbitMQ.Client publish (persistent, confirmed) → consume at {rate}/s (before + after)", Samples(before.Broker, after.Broker));
        Console.WriteLine();
        Console.WriteLine(Latencies.Header);
        Console.WriteLine(orders.Total.Row(string.Create(CultureInfo.InvariantCulture, $"{orders.Accepted / (double)seconds:F0} orders/s")));
        foreach (var stage in orders.Stages)
        {
            Console.WriteLine(stage.Row(string.Empty));
        }

        Console.WriteLine(commit.Row(string.Create(CultureInfo.InvariantCulture, $"{commit.Count / 10.0:F0}/s")));
        Console.WriteLine(broker.Row(string.Create(CultureInfo.InvariantCulture, $"{rate}/s")));
        var design = DesignFloor.Of(commit, broker);
        Console.WriteLine(design.Row(string.Empty));
        Console.WriteLine();
        Console.WriteLine($"value observations measured {orders.Expected:N0}, orders accepted {orders.Accepted:N0}, not accepted {orders.Expected - orders.Accepted:N0} (refused or no row: {orders.Refused:N0})");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"ratios: Trader/commit floor p50 {orders.Total.Percentile(50) / commit.Percentile(50):F1}, p99 {orders.Total.Percentile(99) / commit.Percentile(99):F1}; Trader/broker floor p50 {orders.Total.Percentile(50) / broker.Percentile(50):F1}, p99 {orders.Total.Percentile(99) / broker.Percentile(99):F1}; Trader/design floor p50 {orders.Total.Percentile(50) / design.Percentile(50):F2}, p99 {orders.Total.Percentile(99) / design.Percentile(99):F2}"));
        Console.WriteLine($"floors before / after: commit p50 {before.Commit.Percentile(50):F2}/{after.Commit.Percentile(50):F2} ms, p99 {before.Commit.Percentile(99):F2}/{after.Commit.Percentile(99):F2}; broker p50 {before.Broker.Percentile(50):F2}/{after.Broker.Percentile(50):F2}, p99 {before.Broker.Percentile(99):F2}/{after.Broker.Percentile(99):F2}");
    }

    private static IEnumerable<double> Samples(Latencies a, Latencies b) => a.All.Concat(b.All);

    private static int Arg(string[] args, int index, int fallback) => args.Length > index ? int.Parse(args[index], CultureInfo.InvariantCulture) : fallback;

    private static string Load() => ProcessCounters.LoadAverage();
}
