extern alias simulator;

using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Statistico.Betfair;
using Statistico.Betfair.Api;
using Statistico.Contracts.FootballData;
using Statistico.Testing;
using StreamServer = simulator::Statistico.Simulator.Streaming.StreamServer;

namespace Statistico.OddsChecker.Benchmarks;

/// <summary>
/// Issue 19: from a price change at the Simulator's exchange to the MarketOddsObserved carrying it on the broker, for
/// an Odds Checker polling listMarketBook and one taking prices from the Exchange Stream API, both running against the
/// same Simulator in the same run and seeing the same changes. Usage (admin role: scripts/infra.sh test-env):
/// dotnet run -c Release --project bench/Statistico.OddsChecker.Benchmarks -- [changes=200] [pollSeconds=1] [warmup=5]
/// </summary>
internal static class BenchProgram
{
    private static readonly DateTimeOffset FirstMatchdayEnds = new(2030, 8, 4, 0, 0, 0, TimeSpan.Zero);

    public static async Task Main(string[] args)
    {
        var changes = Arg(args, 0, 200);
        var pollSeconds = Arg(args, 1, 1);
        var warmup = Arg(args, 2, 5);
        Console.WriteLine($"{DateTimeOffset.UtcNow:u}: {changes} changes (+{warmup} warm-up), polling every {pollSeconds} s; load {Load()}");
        ContentRoots.Point("Statistico.OddsChecker", "Statistico.Simulator");

        var infrastructure = new TestInfrastructure();
        await infrastructure.InitializeAsync();
        await using var simulatorDatabase = await infrastructure.CreateDatabaseAsync("bench-sim");
        await using var pollingDatabase = await infrastructure.CreateDatabaseAsync("bench-checker-poll");
        await using var streamingDatabase = await infrastructure.CreateDatabaseAsync("bench-checker-stream");
        await using var pollingHost = await infrastructure.CreateVirtualHostAsync("bench-checker-poll");
        await using var streamingHost = await infrastructure.CreateVirtualHostAsync("bench-checker-stream");
        await using var simulator = new SimulatorHost(simulatorDatabase.ConnectionString);
        _ = simulator.Server;
        var streamSettings = StreamSettings(simulator.Services.GetRequiredService<StreamServer>());
        await using var exchangeServices = ExchangeClient(simulator);
        var exchange = exchangeServices.GetRequiredService<IBetfairClient>();
        var markets = await MatchdayMarketsAsync(exchange);
        Console.WriteLine($"{markets.Count} MATCH_ODDS markets on the first matchday");

        await using var polled = await ObservedArrivals.BindAsync(pollingHost.BrokerUri);
        await using var streamed = await ObservedArrivals.BindAsync(streamingHost.BrokerUri);
        await using var pollingChecker = new CheckerHost(pollingDatabase.ConnectionString, pollingHost.BrokerUri, () => simulator.Server.CreateHandler(), pollSeconds, "bench-polling", new Dictionary<string, string?>());
        await using var streamingChecker = new CheckerHost(streamingDatabase.ConnectionString, streamingHost.BrokerUri, () => simulator.Server.CreateHandler(), pollSeconds, "bench-streaming", streamSettings);
        await HealthyAsync(pollingChecker);
        await HealthyAsync(streamingChecker);
        await AnnounceAsync(pollingHost.BrokerUri, markets);
        await AnnounceAsync(streamingHost.BrokerUri, markets);
        await EveryMarketObservedAsync(polled, markets.Count, "polling");
        await EveryMarketObservedAsync(streamed, markets.Count, "streaming");
        // The streaming checker's first publication may come from listMarketBook, before its subscription's images:
        // give the stream time to deliver them (the warm-up changes then run the whole path once more).
        await Task.Delay(TimeSpan.FromSeconds(5));

        var mover = new PriceMover(exchange);
        var ladders = await mover.ReadAsync([.. markets.Select(m => m.MarketId)]);
        var interval = TimeSpan.FromSeconds(pollSeconds);
        var random = new Random(19);
        var made = new List<PriceChange>();
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < warmup + changes; i++)
        {
            // Spaced by one to two polling intervals, at random: at most one change per poll, each at a random phase of
            // the poll cycle, so the polling figures are the average over the cycle and not one lucky phase.
            var due = TimeSpan.FromTicks(interval.Ticks + (long)(random.NextDouble() * interval.Ticks));
            var started = Stopwatch.GetTimestamp();
            var change = await mover.MoveAsync(i, ladders[i % ladders.Count]);
            if (i >= warmup)
            {
                made.Add(change);
            }

            var left = due - Stopwatch.GetElapsedTime(started);
            if (left > TimeSpan.Zero)
            {
                await Task.Delay(left);
            }
        }

        Console.WriteLine($"{warmup + changes} changes in {clock.Elapsed.TotalSeconds:F0} s; waiting for the last observations");
        await Task.Delay(interval * 3 + TimeSpan.FromSeconds(5));
        var disagreements = await mover.DisagreementsAsync([.. markets.Select(m => m.MarketId)]);
        foreach (var disagreement in disagreements)
        {
            Console.WriteLine($"ladder not as the changes made it: {disagreement}");
        }

        var polling = ChangeLatencies.Of(string.Create(CultureInfo.InvariantCulture, $"polling listMarketBook every {pollSeconds} s"), made, polled.Decode());
        var streaming = ChangeLatencies.Of("Exchange Stream API (Stream=true)", made, streamed.Decode());
        Diagnose("polling", made, polled.Decode());
        Diagnose("streaming", made, streamed.Decode());
        if (Environment.GetEnvironmentVariable("BENCH_SUMMARY") == "1")
        {
            using var api = streamingChecker.CreateClient();
            Console.WriteLine(await api.GetStringAsync(new Uri("/api/summary", UriKind.Relative)));
        }
        var placement = new Latencies("placeOrders that made the change (sent → answered)", made.Select(c => c.PlacementMs));
        Console.WriteLine();
        Console.WriteLine(Latencies.Header);
        Console.WriteLine(polling.Row(made.Count));
        Console.WriteLine(streaming.Row(made.Count));
        Console.WriteLine(placement.Row(made.Count));
        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"streaming/polling: p50 {streaming.Percentile(50) / polling.Percentile(50):F2}, p99 {streaming.Percentile(99) / polling.Percentile(99):F2}; a poll every {pollSeconds} s alone averages {pollSeconds * 500} ms"));
        Console.WriteLine($"{DateTimeOffset.UtcNow:u}: done; load {Load()}");
        await infrastructure.DisposeAsync();
    }

    /// <summary>The streaming checker's settings: the Simulator's stream endpoint, its self-signed certificate pinned (ADR 1001).</summary>
    private static Dictionary<string, string?> StreamSettings(StreamServer server)
    {
        var pem = Path.Combine(Path.GetTempPath(), $"statistico-bench-stream-{Guid.NewGuid():N}.pem");
        File.WriteAllText(pem, server.Certificate!.ExportCertificatePem());
        return new Dictionary<string, string?>
        {
            ["OddsChecker:Sources:betfair:Stream"] = "true",
            ["Betfair:Stream:Host"] = "127.0.0.1",
            ["Betfair:Stream:Port"] = server.Port.ToString(CultureInfo.InvariantCulture),
            ["Betfair:Stream:TrustedCertificatePath"] = pem,
        };
    }

    /// <summary>The harness's own Betfair client on the Simulator (it moves the prices; the checkers have their own).</summary>
    private static ServiceProvider ExchangeClient(SimulatorHost simulator)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Betfair:BaseUrl"] = "http://localhost/exchange/betting/json-rpc/v1",
            ["Betfair:AppKey"] = "simulator-app-key",
            ["Betfair:Username"] = "statistico",
            ["Betfair:Password"] = "simulator",
        }).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddBetfairClient(configuration).ConfigurePrimaryHttpMessageHandler(() => simulator.Server.CreateHandler());
        return services.BuildServiceProvider();
    }

    private static async Task<List<MarketCatalogue>> MatchdayMarketsAsync(IBetfairClient exchange) =>
    [
        .. await exchange.ListMarketCatalogueAsync(new ListMarketCatalogueRequest(
            new MarketFilter { EventTypeIds = ["1"], MarketTypeCodes = ["MATCH_ODDS"], MarketStartTime = new TimeRange(null, FirstMatchdayEnds) },
            [MarketProjection.Event, MarketProjection.RunnerDescription, MarketProjection.MarketStartTime], MarketSort.FirstToStart)),
    ];

    /// <summary>Football Data announcing each market's fixture to one checker, as the platform does.</summary>
    private static async Task AnnounceAsync(Uri broker, IReadOnlyList<MarketCatalogue> markets)
    {
        await using var publisher = await EventProbe.BindAsync(broker, [], CancellationToken.None);
        foreach (var market in markets)
        {
            var teams = market.Event!.Name.Split(" v ");
            var kickOff = market.Event.OpenDate!.Value;
            await publisher.PublishAsync(new FixtureScheduled(Guid.NewGuid(), "SIM", "2030/2031", teams[0], teams[1], kickOff, kickOff.AddDays(-30)), Guid.NewGuid(), CancellationToken.None);
        }
    }

    private static async Task HealthyAsync(CheckerHost checker)
    {
        using var client = checker.CreateClient();
        var deadline = Stopwatch.StartNew();
        while (!(await client.GetAsync(new Uri("/health", UriKind.Relative))).IsSuccessStatusCode)
        {
            if (deadline.Elapsed > TimeSpan.FromMinutes(2))
            {
                throw new TimeoutException("an Odds Checker did not become healthy in 2 minutes");
            }

            await Task.Delay(500);
        }
    }

    /// <summary>Waits until the checker has published every market once (its first observation of each), the run's baseline.</summary>
    private static async Task EveryMarketObservedAsync(ObservedArrivals arrivals, int markets, string name)
    {
        var deadline = Stopwatch.StartNew();
        while (arrivals.Decode().SelectMany(a => a.Message.Markets).Select(m => m.ExchangeMarketId).Distinct().Count() < markets)
        {
            if (deadline.Elapsed > TimeSpan.FromMinutes(3))
            {
                throw new TimeoutException($"the {name} checker did not publish all {markets} markets in 3 minutes");
            }

            await Task.Delay(500);
        }

        Console.WriteLine($"{name} checker: every market published once after {deadline.Elapsed.TotalSeconds:F1} s");
    }

    /// <summary>When a change was never seen: how many batches came, and what the last one said of the change's runner.</summary>
    private static void Diagnose(string name, IReadOnlyList<PriceChange> changes, IReadOnlyList<Arrival> arrivals)
    {
        var seen = arrivals.SelectMany(a => a.Message.Markets.SelectMany(m => m.Runners.Where(r => r.Back.Count > 0)
            .Select(r => new LadderTop(m.ExchangeMarketId ?? string.Empty, r.RunnerId ?? 0, r.Back[0].Price, r.Back[0].Size)))).ToHashSet();
        var missing = changes.Where(c => !seen.Contains(c.After)).ToList();
        Console.WriteLine($"{name}: {arrivals.Count} batches, {arrivals.Sum(a => a.Message.Markets.Count)} market observations, {missing.Count} changes never carried");
        if (missing.FirstOrDefault() is { } first)
        {
            var last = seen.LastOrDefault(t => t.MarketId == first.After.MarketId && t.RunnerId == first.After.RunnerId);
            Console.WriteLine($"  e.g. change {first.Index} made {first.After}; last seen for that runner: {last?.ToString() ?? "nothing"}");
        }
    }

    private static int Arg(string[] args, int index, int fallback) => args.Length > index ? int.Parse(args[index], CultureInfo.InvariantCulture) : fallback;

    private static string Load() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "?";
}
