using Statistico.FootballDataFiles;
using Statistico.Modelling.Pricing;
using Statistico.Simulator.Exchange;
using Statistico.Simulator.World;

namespace Statistico.Simulator.Tests;

/// <summary>Acceptance of replay mode on E0 2021/22: the file's results, and prices that end at Pinnacle's closing odds.</summary>
[Trait("Category", "Unit")]
public sealed class ReplayWorldTests(ITestOutputHelper output)
{
    private static readonly string File = Path.Combine(SharedData.Folder, "E0", "2021-22.csv");

    [Fact]
    public async Task Every_result_and_statistic_equals_the_file()
    {
        var rows = FootballDataFileReader.Read(File, "E0", SeasonName.Parse("2021-22")).Matches;
        var world = await LoadAsync();

        Assert.Equal(380, rows.Count);
        Assert.Equal(380, world.Fixtures.Count);
        foreach (var row in rows)
        {
            var fixture = Assert.Single(world.Fixtures, f => f.Home.Name == row.Match.HomeTeam && f.Away.Name == row.Match.AwayTeam);
            Assert.Equal(row.Match.Date, DateOnly.FromDateTime(ReplayWorldBuilder.KickOffUtc(row).UtcDateTime));
            Assert.Equal(
                (row.Match.HomeGoals, row.Match.AwayGoals, row.HalfTimeHomeGoals, row.HalfTimeAwayGoals, row.HomeStatistics, row.AwayStatistics),
                (fixture.Result.HomeGoals, fixture.Result.AwayGoals, fixture.Result.HalfTimeHomeGoals, fixture.Result.HalfTimeAwayGoals, fixture.Result.Home, fixture.Result.Away));
            Assert.Equal(fixture.KickOff, ReplayWorldBuilder.KickOffUtc(row));
        }

        Assert.Equal(world.Fixtures.OrderBy(f => f.KickOff), world.Fixtures);
    }

    [Fact]
    public async Task A_replayed_league_is_served_under_the_Sportmonks_id_the_AppHost_maps_in_Football_Data()
    {
        var world = await LoadAsync();

        Assert.Equal([8], world.Fixtures.Select(f => f.League.Id).Distinct());
        // The AppHost's ReplayLeagues maps exactly these ids to these codes (SettingsForwardingTests): change both together.
        Assert.Equal(
            new Dictionary<string, int> { ["E0"] = 8, ["E1"] = 9, ["D1"] = 82, ["SP1"] = 564, ["I1"] = 384, ["F1"] = 301 },
            WorldIds.Leagues.ToDictionary(l => l.Key, l => l.Value.Id));
    }

    [Fact]
    public async Task At_kick_off_each_match_odds_best_back_is_the_pinnacle_closing_price_on_the_tick_ladder()
    {
        var rows = FootballDataFileReader.Read(File, "E0", SeasonName.Parse("2021-22")).Matches;
        var world = await LoadAsync();
        var exchange = new ExchangeOptions();
        var worst = 0;
        foreach (var row in rows)
        {
            var fixture = world.Fixtures.Single(f => f.Home.Name == row.Match.HomeTeam && f.Away.Name == row.Match.AwayTeam);
            var atKickOff = world.PricesAt(fixture, fixture.KickOff)!;
            var closing = row.PinnacleClosing!;
            foreach (var (price, expected) in new[] { (atKickOff.Home, closing.Home), (atKickOff.Draw, closing.Draw), (atKickOff.Away, closing.Away) })
            {
                var bestBack = (double)CrowdLadder.Around(price, exchange).BestBack;
                var ticks = Math.Abs(BetfairTickLadder.TicksBetween(bestBack, BetfairTickLadder.RoundNearest(expected)));
                worst = Math.Max(worst, ticks);
                Assert.True(ticks <= 1, $"{fixture.Name}: best back {bestBack} vs Pinnacle closing {expected}");
            }

            // Before the move window the market stands at Pinnacle's pre-closing price.
            var early = world.PricesAt(fixture, fixture.KickOff.AddDays(-3))!;
            Assert.Equal(row.Pinnacle!.Home, early.Home, 9);
        }

        output.WriteLine($"largest distance from the rounded closing price: {worst} tick(s)");
    }

    private static Task<WorldDefinition> LoadAsync() =>
        LoadMatchesAsync().ContinueWith(t => ReplayWorldBuilder.Build(t.Result, TimeSpan.FromHours(48)), TaskScheduler.Default);

    private static async Task<IReadOnlyList<FootballDataMatch>> LoadMatchesAsync()
    {
        using var http = new HttpClient();
        return await ReplaySource.LoadAsync(new ReplayOptions { Source = File }, http, TestContext.Current.CancellationToken);
    }
}
