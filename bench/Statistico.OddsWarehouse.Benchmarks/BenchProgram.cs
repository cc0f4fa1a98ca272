using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Npgsql;
using Statistico.Messaging.Serialization;
using Statistico.OddsWarehouse.Ingestion;
using Statistico.Testing;

namespace Statistico.OddsWarehouse.Benchmarks;

/// <summary>
/// Usage: <c>dotnet run -c Release --project bench/Statistico.OddsWarehouse.Benchmarks -- [betfair messages] [single-market messages] [repeats]</c>.
/// For each message shape: raw RabbitMQ publish+consume, raw Npgsql COPY, then the warehouse end to end
/// (published → committed), all on the same bytes and rows, printed as a Markdown table.
/// </summary>
internal static class BenchProgram
{
    private const int Fixtures = 50;
    private const int MarketsPerFixture = 40;
    private const int WarmUpMessages = 2000;

    public static async Task Main(string[] args)
    {
        var betfairMessages = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 3_000;
        var singleMessages = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 40_000;
        var repeats = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 1;
        Scenario[] scenarios =
        [
            new("betfair-sized: 40 markets × 3 runners per message", betfairMessages, 40, 3),
            new("single market: 1 market × 3 runners per message", singleMessages, 1, 3),
        ];

        var infrastructure = new TestInfrastructure();
        await infrastructure.InitializeAsync();
        var lines = new List<string>();
        // BENCH_SHAPES=betfair or =single runs one shape only (profiling); BENCH_BASELINES=0 skips the raw baselines.
        var shapes = Environment.GetEnvironmentVariable("BENCH_SHAPES");
        foreach (var scenario in scenarios.Where(s => shapes is null || s.Name.StartsWith(shapes, StringComparison.OrdinalIgnoreCase)))
        {
            for (var repeat = 1; repeat <= repeats; repeat++)
            {
                lines.AddRange(await RunAsync(infrastructure, scenario));
            }
        }

        await infrastructure.DisposeAsync();
        Console.WriteLine("| shape | run | messages/s | runner prices/s | seconds | ratio to raw |");
        Console.WriteLine("|---|---|---:|---:|---:|---:|");
        lines.ForEach(Console.WriteLine);
    }

    private static async Task<List<string>> RunAsync(TestInfrastructure infrastructure, Scenario scenario)
    {
        var factory = new MessageFactory(Fixtures, MarketsPerFixture, seed: 7);
        var cardMessages = Fixtures * MarketsPerFixture / scenario.MarketsPerMessage;
        // Whole passes over the card, at least 2,000 messages: one pass (50 Betfair-sized messages) left a fresh
        // process's hot paths at their first JIT tier and its measured run 40% slower than a warm one (docs/benchmarks.md).
        var warmUpPasses = Math.Max(1, (WarmUpMessages + cardMessages - 1) / cardMessages);
        var warmUp = Enumerable.Range(0, cardMessages * warmUpPasses).Select(_ => factory.Next(scenario.MarketsPerMessage, scenario.RunnersPerMarket)).ToList();
        var measured = Enumerable.Range(0, scenario.Messages).Select(_ => factory.Next(scenario.MarketsPerMessage, scenario.RunnersPerMarket)).ToList();
        const string exchange = "Statistico.Contracts.Odds:MarketOddsObserved";
        var warmUpBodies = warmUp.Select(MessageFactory.OnTheWire).ToList();
        var bodies = measured.Select(MessageFactory.OnTheWire).ToList();
        var batches = measured.Select(ObservedPrices.From).ToList();
        var jsonEnvelopes = measured.Select(m => MessageFactory.JsonEnvelope(m, exchange)).ToList();
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{scenario.Name}: {scenario.Messages} messages, {scenario.Rows} runner prices, {bodies.Average(b => b.Body.Length):0} bytes each ({MarketOddsWireFormat.ContentTypeName}; the JSON envelope was {jsonEnvelopes.Average(b => b.Body.Length):0})"));

        DeserializeBaseline.Run(warmUpBodies, scenario.RowsPerMessage);
        var deserialize = DeserializeBaseline.Run(bodies, scenario.RowsPerMessage);
        DeserializeBaseline.RunJsonEnvelopes(jsonEnvelopes, scenario.RowsPerMessage);
        var deserializeJson = DeserializeBaseline.RunJsonEnvelopes(jsonEnvelopes, scenario.RowsPerMessage);
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  deserialise only (one thread): {deserialize.MessagesPerSecond:N0} messages/s ({deserialize.RowsPerSecond:N0} runner prices/s) binary; for reference {deserializeJson.MessagesPerSecond:N0} messages/s from the JSON envelope with MassTransit's options"));

        // 1. The broker alone.
        var baselines = Environment.GetEnvironmentVariable("BENCH_BASELINES") != "0";
        Measurement rawBroker = new(1, 1, TimeSpan.FromDays(1));
        Measurement rawCopy = new(1, 1, TimeSpan.FromDays(1));
        var ingestion = CurrentIngestionOptions();
        if (baselines)
        {
            await using var vhost = await infrastructure.CreateVirtualHostAsync("bench-raw");
            rawBroker = await RawBrokerBaseline.RunAsync(vhost.BrokerUri, bodies, (ushort)ingestion.PrefetchCount, scenario.RowsPerMessage);
        }

        // 2. Postgres alone (the service's host only migrates the database and lends its writer's parts).
        if (baselines)
        {
            await using var database = await infrastructure.CreateDatabaseAsync("bench-copy");
            await using var vhost = await infrastructure.CreateVirtualHostAsync("bench-copy");
            var idle = new CommitCounter();
            await using var app = await WarehouseHost.StartAsync(database.ConnectionString, vhost.BrokerUri, idle);
            var services = app.Services;
            ingestion = services.GetRequiredService<IOptions<IngestionOptions>>().Value;
            await RawCopyBaseline.RunAsync(services.GetRequiredService<NpgsqlDataSource>(), services.GetRequiredService<SeriesRegistry>(),
                services.GetRequiredService<MonthlyPartitions>(), [.. warmUp.Select(ObservedPrices.From)], ingestion.MessageLimit, ingestion.ConcurrencyLimit);
            rawCopy = await RawCopyBaseline.RunAsync(services.GetRequiredService<NpgsqlDataSource>(), services.GetRequiredService<SeriesRegistry>(),
                services.GetRequiredService<MonthlyPartitions>(), batches, ingestion.MessageLimit, ingestion.ConcurrencyLimit);
            await app.StopAsync();
        }

        // 3. MassTransit alone: the same batch consumer settings, rows built and dropped.
        Measurement massTransit = new(1, 1, TimeSpan.FromDays(1));
        if (baselines)
        {
            await using var vhost = await infrastructure.CreateVirtualHostAsync("bench-mt");
            var counter = new CommitCounter();
            using var host = await MassTransitOnlyHost.StartAsync(vhost.BrokerUri, counter);
            var warmed = counter.Expect((long)warmUp.Count * scenario.RowsPerMessage);
            await ConfirmedPublisher.PublishAsync(vhost.BrokerUri, exchange, string.Empty, warmUpBodies, CancellationToken.None);
            await warmed.WaitAsync(TimeSpan.FromMinutes(2));
            var consumed = counter.Expect(scenario.Rows);
            var clock = Stopwatch.StartNew();
            await ConfirmedPublisher.PublishAsync(vhost.BrokerUri, exchange, string.Empty, bodies, CancellationToken.None);
            await consumed.WaitAsync(TimeSpan.FromMinutes(10));
            massTransit = new Measurement(scenario.Messages, scenario.Rows, clock.Elapsed);
            await host.StopAsync();
        }

        // 4. The warehouse end to end: published → committed.
        Measurement warehouse;
        long writes;
        await using (var database = await infrastructure.CreateDatabaseAsync("bench-wh"))
        await using (var vhost = await infrastructure.CreateVirtualHostAsync("bench-wh"))
        {
            var counter = new CommitCounter();
            await using var app = await WarehouseHost.StartAsync(database.ConnectionString, vhost.BrokerUri, counter);
            // Warm-up: the card's series exist and are cached, the month partition exists, the code is jitted.
            var warmed = counter.Expect((long)warmUp.Count * scenario.RowsPerMessage);
            await ConfirmedPublisher.PublishAsync(vhost.BrokerUri, exchange, string.Empty, warmUpBodies, CancellationToken.None);
            await warmed.WaitAsync(TimeSpan.FromMinutes(2));

            var committed = counter.Expect(scenario.Rows);
            var clock = Stopwatch.StartNew();
            await ConfirmedPublisher.PublishAsync(vhost.BrokerUri, exchange, string.Empty, bodies, CancellationToken.None);
            var published = clock.Elapsed;
            await committed.WaitAsync(TimeSpan.FromMinutes(10));
            clock.Stop();
            writes = counter.Writes;
            warehouse = new Measurement(scenario.Messages, scenario.Rows, clock.Elapsed);
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  warehouse: published in {published.TotalSeconds:0.00} s, committed in {clock.Elapsed.TotalSeconds:0.00} s, {writes} transactions ({scenario.Messages / (double)writes:0.0} messages each), {counter.WriteTime.TotalSeconds:0.00} s inside the writer"));
            await app.StopAsync();
        }

        var settings = string.Create(CultureInfo.InvariantCulture,
            $"batch ≤{ingestion.MessageLimit} msgs, {ingestion.ConcurrencyLimit} concurrent, prefetch {ingestion.PrefetchCount}");
        if (!baselines)
        {
            // BENCH_BASELINES=0 (profiling): no baseline was measured, so there is nothing to compare with.
            return [Line(scenario, $"**Odds Warehouse, published → committed** ({settings})", warehouse, "— (baselines skipped)")];
        }

        return
        [
            Line(scenario, "raw RabbitMQ.Client publish+consume", rawBroker, "1"),
            Line(scenario, $"raw Npgsql binary COPY ({ingestion.ConcurrencyLimit} connections)", rawCopy, "1"),
            Line(scenario, "MassTransit batch consumer, no database (same settings)", massTransit,
                string.Create(CultureInfo.InvariantCulture, $"{massTransit.MessagesPerSecond / rawBroker.MessagesPerSecond:0.00} of broker")),
            Line(scenario, $"**Odds Warehouse, published → committed** ({settings})", warehouse,
                string.Create(CultureInfo.InvariantCulture, $"{warehouse.MessagesPerSecond / rawBroker.MessagesPerSecond:0.00} of broker, {warehouse.RowsPerSecond / rawCopy.RowsPerSecond:0.00} of COPY")),
        ];
    }

    private static IngestionOptions CurrentIngestionOptions()
    {
        var options = new IngestionOptions();
        if (Environment.GetEnvironmentVariable("Ingestion__MessageLimit") is { } limit)
        {
            options.MessageLimit = int.Parse(limit, CultureInfo.InvariantCulture);
        }

        if (Environment.GetEnvironmentVariable("Ingestion__ConcurrencyLimit") is { } concurrency)
        {
            options.ConcurrencyLimit = int.Parse(concurrency, CultureInfo.InvariantCulture);
        }

        return options;
    }

    private static string Line(Scenario scenario, string run, Measurement measurement, string ratio) =>
        string.Create(CultureInfo.InvariantCulture,
            $"| {scenario.Name} | {run} | {(measurement.Messages == 0 ? "—" : measurement.MessagesPerSecond.ToString("N0", CultureInfo.InvariantCulture))} | {measurement.RowsPerSecond:N0} | {measurement.Elapsed.TotalSeconds:0.00} | {ratio} |");
}
