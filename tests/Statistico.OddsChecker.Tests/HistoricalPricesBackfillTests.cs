extern alias cli;

using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Statistico.Contracts.FootballData;
using Statistico.FootballDataFiles;
using Statistico.OddsChecker.Backfills;
using Statistico.OddsChecker.Tests.Support;
using Statistico.Testing;

namespace Statistico.OddsChecker.Tests;

/// <summary>
/// The football-data.co.uk backfill with a real season file from the shared data (read where it lies), the real
/// checker on real broker and database: rows map to tracked fixtures by teams and date, Pinnacle closing and
/// pre-closing prices are published, unmatched rows are reported by line, and a re-run publishes nothing.
/// </summary>
[Trait("Category", "Integration")]
public sealed class HistoricalPricesBackfillTests(TestInfrastructure infrastructure) : IAsyncLifetime
{
    private const string MarketOddsObserved = "Statistico.Contracts.Odds:MarketOddsObserved";
    private static readonly string File = Path.Combine(SharedData.FootballDataFolder, "E0", "2021-22.csv");
    private static readonly string[] OneXTwo = ["HOME", "DRAW", "AWAY"];
    private readonly List<IAsyncDisposable> owned = [];
    private EventProbe probe = null!;
    private FootballDataSite site = null!;
    private CheckerFactory checker = null!;
    private string checkerDatabase = null!;
    private HttpClient api = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        var database = await infrastructure.CreateDatabaseAsync("oddschecker-backfill");
        owned.Add(database);
        checkerDatabase = database.ConnectionString;
        var virtualHost = await infrastructure.CreateVirtualHostAsync("oddschecker-backfill");
        owned.Add(virtualHost);
        probe = await EventProbe.BindAsync(virtualHost.BrokerUri, [MarketOddsObserved], Ct);
        owned.Add(probe);
        site = await FootballDataSite.StartAsync(Ct);
        owned.Add(site);
        // The scheduled backfill fires every 2 s against the stand-in site, which has no file until a test serves one
        // (a 404 is logged and publishes nothing, so the upload tests are unaffected).
        checker = new CheckerFactory(database.ConnectionString, virtualHost.BrokerUri, () => new HttpClientHandler(), new Dictionary<string, string?>
        {
            ["OddsChecker:Sources:betfair:Enabled"] = "false",
            ["OddsChecker:FootballDataBackfill:Enabled"] = "true",
            ["OddsChecker:FootballDataBackfill:Cron"] = "0/2 * * * * ?",
            ["OddsChecker:FootballDataBackfill:Location"] = site.BaseUrl.AbsoluteUri,
            ["OddsChecker:FootballDataBackfill:Seasons:0"] = "2122",
            ["OddsChecker:FootballDataBackfill:Competitions:E0"] = "E0",
            ["OddsChecker:FootballDataBackfill:Competitions:E1"] = "E1",
        });
        owned.Add(checker);
        api = checker.CreateClient();
        await Eventually.UntilAsync(async () => (await api.GetAsync("/health", Ct)).IsSuccessStatusCode, TimeSpan.FromSeconds(60), "the Odds Checker to be healthy", Ct);
    }

    public async ValueTask DisposeAsync()
    {
        api?.Dispose();
        for (var i = owned.Count - 1; i >= 0; i--)
        {
            await owned[i].DisposeAsync();
        }
    }

    [Fact]
    public async Task A_season_file_backfills_pinnacle_prices_of_tracked_fixtures_reports_the_rest_and_a_rerun_publishes_nothing()
    {
        var (rows, opening, fixtures) = await TrackOpeningMatchdayAsync();

        var report = await BackfillAsync();
        Assert.Equal(rows.Count, report.GetProperty("rows").GetInt32());
        Assert.Equal(fixtures.Count, report.GetProperty("matched").GetInt32());
        var unmatched = report.GetProperty("unmatched").EnumerateArray().ToList();
        Assert.Equal(rows.Count - fixtures.Count, unmatched.Count);
        var newcastle = unmatched.Single(u => u.GetProperty("line").GetInt32() == 10);
        Assert.Equal(("Newcastle", "West Ham"), (newcastle.GetProperty("homeTeam").GetString(), newcastle.GetProperty("awayTeam").GetString()));
        Assert.Contains("Newcastle", newcastle.GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.Equal(rows.Count - fixtures.Count, await UnmatchedCountAsync());

        var expectedClosing = fixtures.Keys.Sum(r => (r.PinnacleClosing is null ? 0 : 1) + (r.PinnacleClosingOverUnder25 is null ? 0 : 1));
        var expectedPreClosing = fixtures.Keys.Sum(r => (r.Pinnacle is null ? 0 : 1) + (r.PinnacleOverUnder25 is null ? 0 : 1));
        Assert.Equal(expectedClosing, report.GetProperty("published").GetProperty(HistoricalOdds.PinnacleClosing).GetInt32());
        Assert.Equal(expectedPreClosing, report.GetProperty("published").GetProperty(HistoricalOdds.PinnaclePreClosing).GetInt32());

        var batches = await probe.TakeAsync(2, TimeSpan.FromSeconds(30), Ct);
        var markets = batches.SelectMany(b => b.Message.GetProperty("markets").EnumerateArray().Select(m => (Source: b.Message.GetProperty("source").GetString()!, Market: m))).ToList();
        Assert.Equal(expectedClosing + expectedPreClosing, markets.Count);

        // Brentford v Arsenal, Friday 13 August 2021 20:00 UK: closing prices a minute before kick-off, pre-closing
        // as collected that Friday afternoon (16:00 UK), each price exactly the file's.
        var brentford = opening[0];
        var kickOff = KickOff(brentford);
        var closing = MatchOdds(markets, HistoricalOdds.PinnacleClosing, fixtures[brentford]);
        Assert.Equal(kickOff.AddMinutes(-1), closing.GetProperty("observedAt").GetDateTimeOffset());
        Assert.Equal([(decimal)brentford.PinnacleClosing!.Home, (decimal)brentford.PinnacleClosing.Draw, (decimal)brentford.PinnacleClosing.Away], BackPrices(closing));
        var preClosing = MatchOdds(markets, HistoricalOdds.PinnaclePreClosing, fixtures[brentford]);
        Assert.Equal(new DateTimeOffset(2021, 8, 13, 15, 0, 0, TimeSpan.Zero), preClosing.GetProperty("observedAt").GetDateTimeOffset());
        Assert.Equal([(decimal)brentford.Pinnacle!.Home, (decimal)brentford.Pinnacle.Draw, (decimal)brentford.Pinnacle.Away], BackPrices(preClosing));
        Assert.Contains(markets, m => m.Market.GetProperty("fixtureId").GetGuid() == fixtures[opening[1]]);

        // The same file again: every fingerprint is known, nothing is published.
        var again = await BackfillAsync();
        Assert.Equal(0, again.GetProperty("published").GetProperty(HistoricalOdds.PinnacleClosing).GetInt32());
        Assert.Equal(0, again.GetProperty("published").GetProperty(HistoricalOdds.PinnaclePreClosing).GetInt32());
        await AssertNothingMorePublishedAsync();
    }

    [Fact]
    public async Task Statistico_import_odds_backfills_a_season_file_through_the_checker_and_a_rerun_publishes_nothing()
    {
        var (_, _, fixtures) = await TrackOpeningMatchdayAsync();
        var expected = fixtures.Keys.Sum(r => (r.PinnacleClosing is null ? 0 : 1) + (r.PinnacleClosingOverUnder25 is null ? 0 : 1)
            + (r.Pinnacle is null ? 0 : 1) + (r.PinnacleOverUnder25 is null ? 0 : 1));

        var (exit, output) = await RunCliAsync(["import", "odds", "--path", File]);

        Assert.True(exit == 0, output);
        var batches = await probe.TakeAsync(2, TimeSpan.FromSeconds(30), Ct);
        var markets = batches.SelectMany(b => b.Message.GetProperty("markets").EnumerateArray()).ToList();
        Assert.Equal(expected, markets.Count);
        Assert.All(markets, m => Assert.Contains(m.GetProperty("fixtureId").GetGuid(), fixtures.Values));
        // The competition and season come from the file's name; the untracked match is reported with its line.
        Assert.Contains("2021-22.csv:10: Newcastle v West Ham", output, StringComparison.Ordinal);

        var (again, _) = await RunCliAsync(["import", "odds", "--path", File]);
        Assert.Equal(0, again);
        await AssertNothingMorePublishedAsync();
    }

    [Fact]
    public async Task The_scheduled_backfill_fetches_the_site_file_publishes_its_prices_once_and_survives_a_missing_file()
    {
        var (_, _, fixtures) = await TrackOpeningMatchdayAsync();
        var expected = fixtures.Keys.Sum(r => (r.PinnacleClosing is null ? 0 : 1) + (r.PinnacleClosingOverUnder25 is null ? 0 : 1)
            + (r.Pinnacle is null ? 0 : 1) + (r.PinnacleOverUnder25 is null ? 0 : 1));
        // Two firings have asked for the file and found none (a second one starts only after the first has finished).
        await Eventually.UntilAsync(() => Task.FromResult(site.Requests.GetValueOrDefault("2122/E0.csv") >= 2), TimeSpan.FromSeconds(20), "two scheduled reads of a missing file", Ct);
        await AssertNothingMorePublishedAsync();

        // The site publishes E0's file; E1's stays missing (404) and must not stop E0's from being read.
        site.Serve("2122", "E0", File);
        var batches = await probe.TakeAsync(2, TimeSpan.FromSeconds(30), Ct);
        var markets = batches.SelectMany(b => b.Message.GetProperty("markets").EnumerateArray()).ToList();
        Assert.Equal(expected, markets.Count);
        Assert.All(markets, m => Assert.Contains(m.GetProperty("fixtureId").GetGuid(), fixtures.Values));
        Assert.True(site.Requests.GetValueOrDefault("2122/E1.csv") > 0, "the missing E1 file was asked for");

        // Later firings read the same file again and publish nothing new. The job never runs twice at once, so the
        // second read's firing starts only after the first one's has committed.
        var reads = site.Requests["2122/E0.csv"];
        await Eventually.UntilAsync(() => Task.FromResult(site.Requests["2122/E0.csv"] >= reads + 2), TimeSpan.FromSeconds(20), "two more scheduled reads", Ct);
        await AssertNothingMorePublishedAsync();
    }

    [Fact]
    public void The_current_season_is_the_one_that_started_last_july()
    {
        Assert.Equal("2526", FootballDataBackfillJob.SiteSeason(new DateTimeOffset(2026, 6, 30, 23, 0, 0, TimeSpan.Zero)));
        Assert.Equal("2627", FootballDataBackfillJob.SiteSeason(new DateTimeOffset(2026, 7, 1, 0, 0, 0, TimeSpan.Zero)));
        Assert.Equal("9900", FootballDataBackfillJob.SiteSeason(new DateTimeOffset(2099, 11, 26, 0, 0, 0, TimeSpan.Zero)));
    }

    [Fact]
    public async Task Statistico_import_odds_says_when_the_checker_does_not_answer()
    {
        using var console = new ConsoleCapture();
        var unreachable = cli::Statistico.Cli.StatisticoCommand.Create(console.Console, uri => new HttpClient { BaseAddress = uri });
        var exit = await unreachable.Parse(["import", "odds", "--path", File, "--service", "http://127.0.0.1:9"]).InvokeAsync(cancellationToken: Ct);

        Assert.Equal(1, exit);
        Assert.Contains("the Odds Checker did not answer", console.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_body_that_is_not_a_football_data_file_or_a_missing_season_is_a_problem()
    {
        using var notAFile = new StringContent("Div,Date,HomeTeam\nE0,13/08/2021,Brentford\n", Encoding.UTF8, "text/csv");
        var answer = await api.PostAsync("/api/backfills/football-data?competition=E0&season=2021-22", notAFile, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
        var problem = await answer.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Contains("upload:1: column AwayTeam, FTHG, FTAG: required column missing; file skipped", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);

        using var noSeason = new StringContent("x", Encoding.UTF8, "text/csv");
        var invalid = await api.PostAsync("/api/backfills/football-data?competition=E0", noSeason, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        Assert.True((await invalid.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("errors").TryGetProperty("season", out _));
    }

    /// <summary>
    /// Tells the checker about the file's first ten matches as Football Data would, all but Newcastle v West Ham (line
    /// 10), with Football Data's own spelling of Man United, and waits until they are tracked.
    /// </summary>

    /// <summary>
    /// Evidence before absence: the backfill has committed (its report or a later firing says so), so once its outbox
    /// is delivered every message it published is in the probe's queue; anything more would have arrived by now.
    /// </summary>
    private async Task AssertNothingMorePublishedAsync()
    {
        await InboxEvidence.OutboxDrainedAsync(checkerDatabase, TimeSpan.FromSeconds(30), Ct);
        Assert.Empty(await probe.ArrivedAsync(Ct));
    }
    private async Task<(IReadOnlyList<FootballDataMatch> Rows, List<FootballDataMatch> Opening, Dictionary<FootballDataMatch, Guid> Fixtures)> TrackOpeningMatchdayAsync()
    {
        var rows = FootballDataFileReader.Read(File, "E0", SeasonName.Parse("2021-22")).Matches;
        var opening = rows.Take(10).ToList();
        var untracked = opening[8];
        var fixtures = new Dictionary<FootballDataMatch, Guid>();
        var results = new List<FixtureResulted>();
        foreach (var row in opening.Where(r => r != untracked))
        {
            fixtures[row] = Guid.NewGuid();
            // Football Data's spelling may differ from the file's ("Man United"): the fuzzy match still maps it.
            var home = row.Match.HomeTeam == "Man United" ? "Manchester United" : row.Match.HomeTeam;
            results.Add(new FixtureResulted(fixtures[row], "E0", "2021/2022", home, row.Match.AwayTeam, KickOff(row), row.Match.HomeGoals, row.Match.AwayGoals, DateTimeOffset.UtcNow) { Revision = 1 });
        }

        // As Football Data announces them: most arrived already played (a page of history, one event), a few as results.
        var bus = checker.Services.GetRequiredService<IBus>();
        await bus.Publish(new PlayedFixturesRecorded(results[..6], DateTimeOffset.UtcNow), Ct);
        foreach (var result in results[6..])
        {
            await bus.Publish(result, Ct);
        }

        await Eventually.UntilAsync(async () => await UnmatchedCountAsync() == 0 && await TrackedAsync() == fixtures.Count, TimeSpan.FromSeconds(30), "the fixtures tracked", Ct);
        return (rows, opening, fixtures);
    }

    private async Task<(int Exit, string Output)> RunCliAsync(string[] arguments)
    {
        using var console = new ConsoleCapture();
        var command = cli::Statistico.Cli.StatisticoCommand.Create(console.Console, _ => checker.CreateClient());
        var exit = await command.Parse(arguments).InvokeAsync(cancellationToken: Ct);
        return (exit, console.Text);
    }

    private static DateTimeOffset KickOff(FootballDataMatch row) => UkTime.ToUtc(row.Match.Date, row.KickOffUkTime!.Value);

    private static JsonElement MatchOdds(List<(string Source, JsonElement Market)> markets, string source, Guid fixtureId) =>
        markets.Single(m => m.Source == source && m.Market.GetProperty("fixtureId").GetGuid() == fixtureId && m.Market.GetProperty("marketType").GetString() == "MATCH_ODDS").Market;

    private static decimal[] BackPrices(JsonElement market) =>
        [.. OneXTwo.Select(s => market.GetProperty("runners").EnumerateArray()
            .Single(r => r.GetProperty("selection").GetString() == s).GetProperty("back")[0].GetProperty("price").AsDecimal())];

    private async Task<JsonElement> BackfillAsync()
    {
        using var body = new StringContent(await System.IO.File.ReadAllTextAsync(File, Ct), Encoding.UTF8, "text/csv");
        var answer = await api.PostAsync("/api/backfills/football-data?competition=E0&season=2021-22", body, Ct);
        Assert.True(answer.IsSuccessStatusCode, await answer.Content.ReadAsStringAsync(Ct));
        return await answer.Content.ReadFromJsonAsync<JsonElement>(Ct);
    }

    private async Task<int> UnmatchedCountAsync() =>
        (await api.GetFromJsonAsync<List<JsonElement>>("/api/unmatched?source=football-data", Ct))!.Count;

    private async Task<int> TrackedAsync()
    {
        await using var scope = checker.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Data.OddsCheckerDbContext>();
        return db.Fixtures.Count();
    }
}
