using System.Text.Json;
using System.Text.RegularExpressions;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using Spectre.Console.Testing;
using Statistico.Cli;
using Statistico.Cli.Status;
using Statistico.Testing;

namespace Statistico.AppHost.Tests;

/// <summary>
/// <c>statistico status</c> against the running platform (the real AppHost, in external mode on the test servers): once
/// the pipeline has run through, <c>--json --once</c> reports every service healthy and, per stage, a count and a latest
/// time (fixtures and results ingested, teams rated, books compiled, prices observed and stored, trades by state), the
/// demo strategies and net P&amp;L, and the world clock; the refreshing table shows the same with the clock moving.
/// </summary>
[Trait("Category", "System")]
[Collection(AppHostSerialGroup.Name)]
public sealed partial class StatusCommandSystemTests(TestInfrastructure infrastructure)
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(3);
    private static readonly TimeSpan PipelineTimeout = TimeSpan.FromMinutes(3);

    /// <summary>Every stage's line: (service, line name or the start of it).</summary>
    private static readonly (string Service, string Line)[] Stages =
    [
        ("football-data", "fixtures"), ("football-data", "results"), ("ratings-service", "teams rated"),
        ("odds-compiler", "books compiled"), ("odds-checker", "markets observed"), ("odds-warehouse", "batches stored"),
        ("trader-service", "trades "),
    ];

    private static readonly string[] Databases = ["footballdata", "ratings", "simulator", "oddswarehouse", "oddscompiler", "oddschecker", "trader"];

    [Fact]
    public async Task Status_reports_every_service_healthy_with_its_counts()
    {
        var ct = TestContext.Current.CancellationToken;
        var owned = new List<IsolatedDatabase>();
        try
        {
            foreach (var name in Databases)
            {
                owned.Add(await infrastructure.CreateDatabaseAsync("status-" + name));
            }

            await using var virtualHost = await infrastructure.CreateVirtualHostAsync("status");
            var endpoints = infrastructure.Endpoints;
            var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.Statistico_AppHost>(
                [
                    "Infrastructure:Mode=external",
                    $"ConnectionStrings:messaging={virtualHost.BrokerUri}",
                    $"ConnectionStrings:postgres={endpoints.Postgres}",
                    $"ConnectionStrings:cache={endpoints.Cache}",
                    .. Databases.Select((name, i) => $"ConnectionStrings:{name}={owned[i].ConnectionString}"),
                ],
                ct);
            // Its own Redis key prefix, deleted after the app stops (declared before it), as in AppHostTests.
            await using var keyPrefix = infrastructure.CreateKeyPrefix("status");
            builder.CreateResourceBuilder(builder.Resources.OfType<ProjectResource>().Single(r => r.Name == "football-data")).WithEnvironment("Cache__KeyPrefix", keyPrefix.Prefix);
            await using var app = await builder.BuildAsync(ct).WaitAsync(StartTimeout, ct);
            await app.StartAsync(ct).WaitAsync(StartTimeout, ct);
            foreach (var target in StatusTarget.All)
            {
                await app.ResourceNotifications.WaitForResourceHealthyAsync(target.Name, ct).WaitAsync(StartTimeout, ct);
            }

            // Every service by the URL the AppHost gave it, as a user passes them (or the defaults when run by run.sh).
            string[] args = ["status", "--json", "--once", .. StatusTarget.All.SelectMany(t => new[] { t.Option, app.GetEndpoint(t.Name, "http").AbsoluteUri })];

            // The pipeline fills stage by stage (the world's past backfilled, rated, priced, observed, stored, traded):
            // wait until every stage has counted something, so every line below is a figure of the running platform.
            var (exitCode, json) = await Eventually.GetAsync(
                () => RunAsync(args),
                run => run.ExitCode == 0 && Stages.All(stage => Count(run.Json, stage.Service, stage.Line) > 0),
                PipelineTimeout, "status to count something at every stage", ct);

            Assert.Equal(0, exitCode);
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            Assert.True(root.GetProperty("healthy").GetBoolean());
            var world = root.GetProperty("world");
            Assert.Equal(JsonValueKind.Object, world.ValueKind);
            Assert.Equal("Synthetic", world.GetProperty("mode").GetString());
            Assert.True(world.GetProperty("fixtures").GetInt32() > 0);
            var services = root.GetProperty("services").EnumerateArray().ToDictionary(s => s.GetProperty("name").GetString()!);
            Assert.Equal(StatusTarget.All.Select(t => t.Name).Order(StringComparer.Ordinal), services.Keys.Order(StringComparer.Ordinal));
            Assert.All(services.Values, s => Assert.Equal("healthy", s.GetProperty("health").GetString()));
            // Per stage the count and the latest time: fixtures and results ingested, teams rated, books compiled, prices
            // observed and stored, trades by state.
            foreach (var (service, line) in Stages)
            {
                var found = Line(json, service, line);
                Assert.True(found.GetProperty("latest").ValueKind == JsonValueKind.String, $"{service} '{line}' has no latest time: {found}");
            }

            // The demo strategies start ACTIVE; net P&L is a line with an amount from the start (0 until a trade settles).
            Assert.True(Count(json, "trader-service", "strategies active") >= 2, json);
            var pnl = services["trader-service"].GetProperty("lines").EnumerateArray().Where(l => l.GetProperty("name").GetString()!.StartsWith("net P&L", StringComparison.Ordinal)).ToList();
            Assert.NotEmpty(pnl);
            Assert.All(pnl, l => Assert.Equal(JsonValueKind.Number, l.GetProperty("amount").ValueKind));

            // The table shows the same, and refreshes: two reads a second apart show the world clock moved on.
            var table = await LiveTableAsync(args.Where(a => a is not ("--json" or "--once")).ToArray(), ct);
            var clocks = ClockPattern().Matches(table).Select(m => m.Groups[1].Value).Distinct().ToList();
            Assert.True(clocks.Count >= 2, $"the live table did not show the world clock moving: {table}");
            foreach (var label in new[] { "football-data", "teams rated", "books compiled", "markets observed", "batches stored", "trades ", "net P&L" })
            {
                Assert.Contains(label, table, StringComparison.Ordinal);
            }

            Assert.Contains("every service healthy", table, StringComparison.Ordinal);
        }
        finally
        {
            foreach (var database in owned)
            {
                await database.DisposeAsync();
            }
        }
    }

    /// <summary>Runs the refreshing table (every second, on an ANSI terminal in memory) for a few reads, then Ctrl-C; the text seen.</summary>
    private static async Task<string> LiveTableAsync(string[] args, CancellationToken ct)
    {
        // Tall enough for the whole table (a shorter terminal shows its top part).
        var terminal = new TestConsole().Interactive().EmitAnsiSequences().Width(200).Height(120);
        terminal.Profile.Capabilities.Ansi = true;
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        stop.CancelAfter(TimeSpan.FromSeconds(4.5));

        var exitCode = await StatisticoCommand.InvokeAsync(StatisticoCommand.Create(terminal), [.. args, "--interval", "1"], stop.Token);

        Assert.Equal(0, exitCode);
        return AnsiSequence().Replace(terminal.Output, "");
    }

    private static async Task<(int ExitCode, string Json)> RunAsync(string[] args)
    {
        using var capture = new ConsoleCapture();
        var exitCode = await StatisticoCommand.InvokeAsync(StatisticoCommand.Create(capture.Console), args, TestContext.Current.CancellationToken);
        return (exitCode, capture.Text);
    }

    /// <summary>
    /// The count of a service's first summary line whose name starts with <paramref name="line"/> (per state or per
    /// source lines: "trades Placed", "markets observed (betfair)"); -1 when there is none.
    /// </summary>
    private static long Count(string json, string service, string line)
    {
        var found = Line(json, service, line);
        return found.ValueKind == JsonValueKind.Object ? found.GetProperty("count").GetInt64() : -1;
    }

    /// <summary>The service's line with the highest count among those whose name starts with <paramref name="line"/>.</summary>
    private static JsonElement Line(string json, string service, string line)
    {
        using var document = JsonDocument.Parse(json);
        var lines = document.RootElement.GetProperty("services").EnumerateArray()
            .Single(s => s.GetProperty("name").GetString() == service).GetProperty("lines").EnumerateArray();
        return lines.Where(l => l.GetProperty("name").GetString()!.StartsWith(line, StringComparison.Ordinal))
            .OrderByDescending(l => l.GetProperty("count").GetInt64()).Select(l => l.Clone()).FirstOrDefault();
    }

    [GeneratedRegex(@"World: Synthetic, seed \d+, clock (\d{4}-\d\d-\d\d \d\d:\d\d:\d\d)")]
    private static partial Regex ClockPattern();

    [GeneratedRegex(@"\u001b\[[0-9;?]*[A-Za-z]")]
    private static partial Regex AnsiSequence();
}
