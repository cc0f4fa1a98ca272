using Statistico.Simulator.Exchange;
using Statistico.Simulator.World;

namespace Statistico.Simulator.Tests;

/// <summary>Acceptance of the synthetic world: realistic results over ten seasons, consistent statistics, a proper fixture list.</summary>
[Trait("Category", "Unit")]
public sealed class SyntheticWorldTests(ITestOutputHelper output)
{
    // The played seasons only: the past has no markets (PastWorldTests covers it).
    private static readonly SyntheticOptions TenSeasons = new() { Seasons = 10, PastSeasons = 0, Leagues = [new SyntheticLeagueOptions { Teams = 20 }] };

    [Theory]
    [InlineData(7)]
    [InlineData(8)]
    [InlineData(9)]
    public void Ten_seasons_of_a_20_team_league_have_realistic_result_shares_and_goals(int seed)
    {
        var world = SyntheticWorldBuilder.Build(TenSeasons, seed);
        // Postponed and abandoned matches publish no result.
        var results = world.Fixtures.Where(f => f.Disruption == FixtureDisruption.None).Select(f => f.Result).ToList();

        var home = results.Count(r => r.HomeGoals > r.AwayGoals) / (double)results.Count;
        var draw = results.Count(r => r.HomeGoals == r.AwayGoals) / (double)results.Count;
        var away = results.Count(r => r.HomeGoals < r.AwayGoals) / (double)results.Count;
        var goals = results.Average(r => r.TotalGoals);
        output.WriteLine($"seed {seed}, matches {results.Count}: home {home:P1} draw {draw:P1} away {away:P1}, goals/match {goals:F3}");

        Assert.Equal(3800, world.Fixtures.Count);
        Assert.InRange(results.Count, 3740, 3800);
        Assert.InRange(home, 0.42, 0.49);
        Assert.InRange(draw, 0.21, 0.29);
        Assert.InRange(away, 0.26, 0.34);
        Assert.InRange(goals, 2.5, 2.9);
    }

    [Fact]
    public void Match_odds_best_back_prices_carry_an_overround_within_the_spread()
    {
        var world = SyntheticWorldBuilder.Build(TenSeasons, seed: 7);
        var exchange = new ExchangeOptions { SpreadTicks = 1 };
        var overrounds = new List<double>();
        foreach (var fixture in world.Fixtures)
        {
            var prices = world.PricesAt(fixture, fixture.KickOff)!;
            var ladders = new[] { prices.Home, prices.Draw, prices.Away }.Select(p => CrowdLadder.Around(p, exchange)).ToList();
            var overround = ladders.Sum(l => 1 / (double)l.BestBack) - 1;
            var spread = ladders.Sum(l => (1 / (double)l.BestBack) - (1 / (double)l.BestLay));
            Assert.InRange(overround, 0, spread);
            overrounds.Add(overround);
        }

        output.WriteLine($"MATCH_ODDS best-back overround: mean {overrounds.Average():P2}, max {overrounds.Max():P2}");
    }

    [Fact]
    public void Statistics_are_consistent_with_the_goals()
    {
        var world = SyntheticWorldBuilder.Build(TenSeasons, seed: 7);
        foreach (var r in world.Fixtures.Select(f => f.Result))
        {
            Assert.InRange(r.Home.ShotsOnTarget!.Value, r.HomeGoals, r.Home.Shots!.Value);
            Assert.InRange(r.Away.ShotsOnTarget!.Value, r.AwayGoals, r.Away.Shots!.Value);
            Assert.InRange(r.HalfTimeHomeGoals!.Value, 0, r.HomeGoals);
            Assert.InRange(r.HalfTimeAwayGoals!.Value, 0, r.AwayGoals);
        }

        var corners = world.Fixtures.Average(f => f.Result.Home.Corners!.Value + f.Result.Away.Corners!.Value);
        var onTarget = world.Fixtures.Average(f => f.Result.Home.ShotsOnTarget!.Value + f.Result.Away.ShotsOnTarget!.Value);
        output.WriteLine($"corners/match {corners:F2}, shots on target/match {onTarget:F2}");
        Assert.InRange(corners, 8, 12);
        Assert.InRange(onTarget, 7, 11);
    }

    [Fact]
    public void Every_season_is_a_double_round_robin_with_one_match_per_team_per_round()
    {
        var world = SyntheticWorldBuilder.Build(new SyntheticOptions { Seasons = 1, PastSeasons = 0, Leagues = [new SyntheticLeagueOptions { Teams = 20 }] }, seed: 3);
        var pairs = world.Fixtures.Select(f => (f.Home.Id, f.Away.Id)).ToList();

        Assert.Equal(380, pairs.Count);
        Assert.Equal(380, pairs.Distinct().Count());
        Assert.All(pairs, p => Assert.Contains((p.Item2, p.Item1), pairs));
        foreach (var day in world.Fixtures.GroupBy(f => DateOnly.FromDateTime(f.KickOff.UtcDateTime)))
        {
            var teams = day.SelectMany(f => new[] { f.Home.Id, f.Away.Id }).ToList();
            Assert.Equal(20, teams.Count);
            Assert.Equal(20, teams.Distinct().Count());
        }
    }

    [Fact]
    public void The_same_seed_makes_the_same_world_and_another_seed_another()
    {
        var options = new SyntheticOptions { Seasons = 1 };
        var first = SyntheticWorldBuilder.Build(options, 11).Fixtures;
        var again = SyntheticWorldBuilder.Build(options, 11).Fixtures;
        var other = SyntheticWorldBuilder.Build(options, 12).Fixtures;

        Assert.Equal(first, again);
        Assert.NotEqual(first.Select(f => (f.Result.HomeGoals, f.Result.AwayGoals)), other.Select(f => (f.Result.HomeGoals, f.Result.AwayGoals)));
    }

    [Fact]
    public void Postponements_and_abandonments_come_at_their_configured_shares_without_changing_any_result()
    {
        var calm = SyntheticWorldBuilder.Build(new SyntheticOptions { Seasons = 3, PastSeasons = 0, Leagues = [new()], PostponedShare = 0, AbandonedShare = 0 }, 21).Fixtures;
        var stormy = SyntheticWorldBuilder.Build(new SyntheticOptions { Seasons = 3, PastSeasons = 0, Leagues = [new()], PostponedShare = 0.05, AbandonedShare = 0.03 }, 21).Fixtures;

        Assert.Equal(calm.Select(f => f.Result), stormy.Select(f => f.Result));
        Assert.All(calm, f => Assert.Equal(FixtureDisruption.None, f.Disruption));
        Assert.InRange(stormy.Count(f => f.Disruption == FixtureDisruption.Postponed), 30, 90);
        Assert.InRange(stormy.Count(f => f.Disruption == FixtureDisruption.Abandoned), 15, 60);
    }
}
