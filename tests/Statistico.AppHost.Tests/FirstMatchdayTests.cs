using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using Microsoft.Extensions.DependencyInjection;
using Statistico.Testing;

namespace Statistico.AppHost.Tests;

/// <summary>
/// Issue 17's acceptance: the platform started as the run command starts it (the real AppHost, the default world) shows
/// the whole job within two minutes of wall time: Football Data has backfilled the world's past seasons, Ratings rates
/// every team of both divisions, the Odds Compiler has a book for every upcoming fixture of the first matchday, the
/// Odds Warehouse stores prices for each, and the demo strategies have placed trades (an order accepted by an exchange:
/// Placed, matched or settled, not only signalled). Then the web UI, opened as the banner's link opens it, shows
/// those trades through the gateway in headless Chromium (outside the two minutes).
/// </summary>
[Trait("Category", "System")]
[Collection(AppHostSerialGroup.Name)]
public sealed class FirstMatchdayTests(TestInfrastructure infrastructure, ITestOutputHelper output)
{
    private static readonly TimeSpan Budget = TimeSpan.FromMinutes(2);
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(3);
    private static readonly string[] Divisions = ["SIM", "SIM2"];
    private static readonly string[] PlacedOrBeyond = ["Placed", "PartiallyMatched", "Matched", "Settled"];
    private static readonly string[] Milestones = ["warn", "fail", "error", "History", "fitted", "not priced", "recomputed", "Imported simulator", "World ready", "Created the demo"];
    private readonly ConcurrentQueue<string> logs = new();
    private readonly List<(HttpClient Client, string Path)> diagnostics = [];

    [Fact]
    public async Task Within_two_minutes_the_first_matchday_is_rated_priced_stored_and_traded()
    {
        var ct = TestContext.Current.CancellationToken;
        var names = new[] { "footballdata", "ratings", "simulator", "oddswarehouse", "oddscompiler", "oddschecker", "trader" };
        var databases = new List<IsolatedDatabase>();
        foreach (var name in names)
        {
            databases.Add(await infrastructure.CreateDatabaseAsync("first-" + name));
        }

        try
        {
            await using var virtualHost = await infrastructure.CreateVirtualHostAsync("firstmatchday");
            var endpoints = infrastructure.Endpoints;
            var arguments = new List<string>
            {
                "Infrastructure:Mode=external",
                $"ConnectionStrings:messaging={virtualHost.BrokerUri}",
                $"ConnectionStrings:postgres={endpoints.Postgres}",
                $"ConnectionStrings:cache={endpoints.Cache}",
                $"{GatewayUi.KeySetting}={GatewayUi.Key}",
            };
            arguments.AddRange(names.Select((name, i) => $"ConnectionStrings:{name}={databases[i].ConnectionString}"));
            var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.Statistico_AppHost>([.. arguments], ct);
            await using var keyPrefix = infrastructure.CreateKeyPrefix("firstmatchday");
            builder.CreateResourceBuilder(builder.Resources.OfType<ProjectResource>().Single(r => r.Name == "football-data")).WithEnvironment("Cache__KeyPrefix", keyPrefix.Prefix);
            await using var app = await builder.BuildAsync(ct).WaitAsync(StartTimeout, ct);

            // The clock starts here: everything is built, nothing is running yet (as after the run command's build).
            var started = Stopwatch.StartNew();
            await app.StartAsync(ct).WaitAsync(StartTimeout, ct);
            using var watching = CancellationTokenSource.CreateLinkedTokenSource(ct);
            WatchLogs(app, started, watching.Token);
            var deadline = Budget - started.Elapsed;
            output.WriteLine($"{started.Elapsed.TotalSeconds:F0} s: AppHost started");

            await app.ResourceNotifications.WaitForResourceHealthyAsync("world-simulator", ct).WaitAsync(Budget, ct);
            using var simulator = app.CreateHttpClient("world-simulator");
            using var footballData = app.CreateHttpClient("football-data");
            using var ratings = app.CreateHttpClient("ratings-service");
            using var compiler = app.CreateHttpClient("odds-compiler");
            using var warehouse = app.CreateHttpClient("odds-warehouse");
            using var trader = app.CreateHttpClient("trader-service");

            diagnostics.AddRange([
                (simulator, "/control/status"), (footballData, "/api/providers/simulator/history"), (footballData, "/api/imports?limit=8"),
                (footballData, "/api/competitions"), (ratings, "/api/ratings/SIM/status"), (ratings, "/api/ratings/SIM2/status"),
                (compiler, "/api/models/SIM"), (compiler, "/api/models/SIM2"), (trader, "/api/strategies"), (trader, "/api/trades?pageSize=3"),
            ]);
            var status = await simulator.GetFromJsonAsync<JsonElement>("/control/status", ct);
            var firstKickOff = status.GetProperty("firstUpcomingKickOff").GetDateTimeOffset();
            Assert.True(status.GetProperty("simulatedTime").GetDateTimeOffset() < firstKickOff, "the world starts before its first upcoming matchday");
            var matchdayEnd = new DateTimeOffset(firstKickOff.UtcDateTime.Date.AddDays(1), TimeSpan.Zero);

            // The first matchday as Football Data has it: both divisions, every fixture still to be played.
            var matchday = new List<JsonElement>();
            await UntilAsync(async () =>
            {
                matchday = await FixturesAsync(footballData, firstKickOff, matchdayEnd, ct);
                return matchday.Count >= 18 && matchday.Select(f => f.GetProperty("competitionId").GetString()).Distinct().Count() == 2;
            }, "Football Data to have the first matchday of both divisions", started, ct);
            var teams = matchday.SelectMany(f => new[] { Team(f, "homeTeam"), Team(f, "awayTeam") }).ToHashSet(StringComparer.Ordinal);
            Assert.Equal(2 * matchday.Count, teams.Count);
            Assert.DoesNotContain(teams, t => t.StartsWith("Simulated", StringComparison.Ordinal));

            await UntilAsync(async () =>
            {
                var rated = new HashSet<string>(StringComparer.Ordinal);
                foreach (var competition in Divisions)
                {
                    using var response = await ratings.GetAsync(new Uri($"/api/ratings/{competition}", UriKind.Relative), ct);
                    if (response.StatusCode == HttpStatusCode.OK)
                    {
                        rated.UnionWith((await response.Content.ReadFromJsonAsync<List<JsonElement>>(ct))!.Select(r => r.GetProperty("team").GetString()!));
                    }
                }

                return teams.IsSubsetOf(rated);
            }, $"Ratings to rate all {teams.Count} teams of both divisions", started, ct);

            var books = await UntilAllAsync(matchday, async id =>
            {
                using var response = await compiler.GetAsync(new Uri($"/api/books/{id}", UriKind.Relative), ct);
                return response.StatusCode == HttpStatusCode.OK;
            }, "a compiled book", started, ct);

            await UntilAllAsync(matchday, async id =>
            {
                using var response = await warehouse.GetAsync(new Uri($"/api/fixtures/{id}/markets/MATCH_ODDS/prices/latest", UriKind.Relative), ct);
                return response.StatusCode == HttpStatusCode.OK && (await response.Content.ReadFromJsonAsync<List<JsonElement>>(ct))!.Count > 0;
            }, "prices in the Odds Warehouse", started, ct);

            // Placed or beyond: the order went to an exchange and was accepted there (the LIVE demo's at the Simulator's
            // exchange, the PAPER demo's in the paper book), not merely a signal or a refused order.
            var placed = "";
            await UntilAsync(async () =>
            {
                foreach (var state in PlacedOrBeyond)
                {
                    var trades = await trader.GetFromJsonAsync<JsonElement>($"/api/trades?state={state}&pageSize=50", ct);
                    var demo = trades.GetProperty("items").EnumerateArray().FirstOrDefault(t => t.GetProperty("strategyId").GetString()!.StartsWith("demo-", StringComparison.Ordinal));
                    if (demo.ValueKind == JsonValueKind.Object)
                    {
                        placed = $"{demo.GetProperty("strategyId").GetString()} ({demo.GetProperty("mode")}) {state}, bet {demo.GetProperty("betId")}";
                        return true;
                    }
                }

                return false;
            }, "a demo strategy's order to be placed on an exchange", started, ct);
            output.WriteLine($"first placed demo trade: {placed}");

            output.WriteLine($"{books} fixtures of the first matchday priced, stored and traded within {started.Elapsed.TotalSeconds:F0} s (budget {Budget.TotalSeconds:F0} s, {deadline.TotalSeconds:F0} s after start)");

            await app.ResourceNotifications.WaitForResourceHealthyAsync("gateway", ct).WaitAsync(StartTimeout, ct);
            await GatewayUi.CheckInChromiumAsync(app.GetEndpoint("gateway", "http"), minimumTrades: 1, output, ct);
        }
        finally
        {
            foreach (var database in databases)
            {
                await database.DisposeAsync();
            }
        }
    }

    /// <summary>Keeps the services' warnings and milestones, written to the test output if the test fails (where did the time go).</summary>
    private void WatchLogs(DistributedApplication app, Stopwatch started, CancellationToken ct)
    {
        var loggers = app.Services.GetRequiredService<ResourceLoggerService>();
        var model = app.Services.GetRequiredService<DistributedApplicationModel>();
        foreach (var name in new[] { "world-simulator", "football-data", "ratings-service", "odds-compiler", "odds-checker", "odds-warehouse", "trader-service" })
        {
            // By the resource, not its name: a project's logs are kept under its running instance's name, so watching
            // the plain name saw nothing at all.
            var resource = model.Resources.Single(r => r.Name == name);
            _ = Task.Run(async () =>
            {
                await foreach (var batch in loggers.WatchAsync(resource).WithCancellation(ct))
                {
                    foreach (var line in batch.Where(l => Milestones.Any(m => l.Content.Contains(m, StringComparison.OrdinalIgnoreCase))))
                    {
                        logs.Enqueue($"{started.Elapsed.TotalSeconds,5:F0} s {name}: {(line.Content.Length > 300 ? line.Content[..300] : line.Content)}");
                    }
                }
            }, ct);
        }
    }

    private static string Team(JsonElement fixture, string side) => fixture.GetProperty(side).GetProperty("name").GetString()!;

    private static async Task<List<JsonElement>> FixturesAsync(HttpClient footballData, DateTimeOffset from, DateTimeOffset to, CancellationToken ct)
    {
        var url = string.Create(CultureInfo.InvariantCulture,
            $"/api/fixtures?from={Uri.EscapeDataString(from.ToString("O", CultureInfo.InvariantCulture))}&to={Uri.EscapeDataString(to.ToString("O", CultureInfo.InvariantCulture))}&status=Scheduled&pageSize=100");
        using var response = await footballData.GetAsync(new Uri(url, UriKind.Relative), ct);
        return response.StatusCode == HttpStatusCode.OK
            ? [.. (await response.Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("items").EnumerateArray()]
            : [];
    }

    private async Task<int> UntilAllAsync(List<JsonElement> fixtures, Func<string, Task<bool>> has, string what, Stopwatch started, CancellationToken ct)
    {
        var missing = fixtures.Select(f => f.GetProperty("id").GetString()!).ToHashSet(StringComparer.Ordinal);
        await UntilAsync(async () =>
        {
            foreach (var id in missing.ToList())
            {
                if (await has(id))
                {
                    missing.Remove(id);
                }
            }

            return missing.Count == 0;
        }, $"every one of the {fixtures.Count} fixtures of the first matchday to have {what}", started, ct);
        return fixtures.Count;
    }

    /// <summary>Where each stage stands, written to the output when the budget is spent.</summary>
    private async Task DiagnoseAsync(CancellationToken ct)
    {
        foreach (var (client, path) in diagnostics)
        {
            try
            {
                var text = await client.GetStringAsync(new Uri(path, UriKind.Relative), ct);
                output.WriteLine($"{path}: {(text.Length > 1500 ? text[..1500] : text)}");
            }
            catch (HttpRequestException exception)
            {
                output.WriteLine($"{path}: {exception.Message}");
            }
        }
    }

    /// <summary>Polls until <paramref name="condition"/> holds, failing once the two-minute budget since start is spent.</summary>
    private async Task UntilAsync(Func<Task<bool>> condition, string what, Stopwatch started, CancellationToken ct)
    {
        while (true)
        {
            try
            {
                if (await condition())
                {
                    output.WriteLine($"{started.Elapsed.TotalSeconds:F0} s: {what}");
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // a service still starting
            }

            if (started.Elapsed >= Budget)
            {
                foreach (var line in logs.Take(400))
                {
                    output.WriteLine(line);
                }

                await DiagnoseAsync(ct);

                Assert.Fail($"not within {Budget.TotalSeconds:F0} s of start: {what}");
            }

            await Task.Delay(TimeSpan.FromSeconds(1), ct);
        }
    }
}
