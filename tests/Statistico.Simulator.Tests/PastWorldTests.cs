using Statistico.Simulator.World;

namespace Statistico.Simulator.Tests;

/// <summary>The default synthetic world has a past: completed seasons of two divisions with promotion and relegation.</summary>
[Trait("Category", "Unit")]
public sealed class PastWorldTests
{
    private static readonly SyntheticOptions Defaults = new();
    private static readonly string[] ClubWords = ["Rovers", "Athletic", "United", "City", "Town", "Albion", "Wanderers", "County", "Rangers", "FC"];

    [Fact]
    public void Three_past_seasons_of_two_twenty_team_divisions_come_before_the_played_ones_without_markets()
    {
        var world = SyntheticWorldBuilder.Build(Defaults, 42);
        var first = world.FirstUpcomingKickOff!.Value;

        // 5 seasons (3 past + 2 played) × 2 divisions × 380 matches.
        Assert.Equal(5 * 2 * 380, world.Fixtures.Count);
        Assert.Equal(new DateTimeOffset(2030, 8, 3, 12, 30, 0, TimeSpan.Zero), first);
        var past = world.Fixtures.Where(f => f.KickOff < first).ToList();
        Assert.Equal(3 * 2 * 380, past.Count);
        Assert.Equal(["2027/2028", "2028/2029", "2029/2030"], past.Select(f => f.Season.Name).Distinct().Order(StringComparer.Ordinal));
        Assert.All(past, f => Assert.Null(f.Opening));
        Assert.All(past, f => Assert.Equal(FixtureDisruption.None, f.Disruption));
        Assert.All(world.Fixtures.Where(f => f.KickOff >= first), f => Assert.NotNull(f.Opening));
        foreach (var division in past.GroupBy(f => (f.League.Code, f.Season.Name)))
        {
            Assert.Equal(380, division.Count());
            Assert.Equal(20, division.Select(f => f.Home.Id).Distinct().Count());
        }

        Assert.Equal(["SIM", "SIM2"], world.Fixtures.Select(f => f.League.Code).Distinct().Order(StringComparer.Ordinal));
        Assert.Equal([9001, 9002], world.Fixtures.Select(f => f.League.Id).Distinct().Order());
    }

    [Fact]
    public void Every_summer_the_bottom_three_go_down_and_the_top_three_of_the_division_below_go_up()
    {
        var world = SyntheticWorldBuilder.Build(Defaults, 42);
        var seasons = world.Fixtures.GroupBy(f => f.Season.Name[..4]).OrderBy(g => g.Key, StringComparer.Ordinal).ToList();
        Assert.Equal(5, seasons.Count);
        for (var s = 0; s + 1 < seasons.Count; s++)
        {
            var top = LeagueTable.Rank(seasons[s].Where(f => f.League.Code == "SIM"));
            var second = LeagueTable.Rank(seasons[s].Where(f => f.League.Code == "SIM2"));
            var nextTop = Teams(seasons[s + 1], "SIM");
            var nextSecond = Teams(seasons[s + 1], "SIM2");

            var expectedTop = top.Take(17).Concat(second.Take(3)).Order();
            Assert.Equal(expectedTop, nextTop.Order());
            Assert.Equal(second.Skip(3).Concat(top.Skip(17)).Order(), nextSecond.Order());
            Assert.Empty(nextTop.Intersect(nextSecond));
        }
    }

    [Fact]
    public void The_past_carries_consistent_statistics_for_every_match()
    {
        var world = SyntheticWorldBuilder.Build(Defaults, 42);
        foreach (var r in world.Fixtures.Where(f => f.KickOff < world.FirstUpcomingKickOff).Select(f => f.Result))
        {
            Assert.InRange(r.Home.ShotsOnTarget!.Value, r.HomeGoals, r.Home.Shots!.Value);
            Assert.InRange(r.Away.ShotsOnTarget!.Value, r.AwayGoals, r.Away.Shots!.Value);
            Assert.NotNull(r.Home.Corners);
            Assert.NotNull(r.Away.YellowCards);
            Assert.NotNull(r.HalfTimeHomeGoals);
        }
    }

    [Fact]
    public void The_top_division_is_stronger_so_teams_going_up_score_fewer_points_than_the_teams_they_join()
    {
        // Over many seasons the promoted teams' first top-flight season averages fewer points a game than the rest.
        var world = SyntheticWorldBuilder.Build(new SyntheticOptions { PastSeasons = 10, Seasons = 1 }, 5);
        var seasons = world.Fixtures.GroupBy(f => f.Season.Name[..4]).OrderBy(g => g.Key, StringComparer.Ordinal).ToList();
        var promoted = new List<double>();
        var stayed = new List<double>();
        for (var s = 1; s < seasons.Count; s++)
        {
            var before = Teams(seasons[s - 1], "SIM2");
            var top = seasons[s].Where(f => f.League.Code == "SIM").ToList();
            foreach (var team in Teams(seasons[s], "SIM"))
            {
                (before.Contains(team) ? promoted : stayed).Add(PointsPerGame(top, team));
            }
        }

        Assert.True(promoted.Average() < stayed.Average() - 0.1, $"promoted {promoted.Average():F2} vs stayed {stayed.Average():F2} points a game");
    }

    [Fact]
    public void Team_names_are_invented_unique_and_fixed_by_the_seed()
    {
        var world = SyntheticWorldBuilder.Build(Defaults, 42);
        var names = world.Fixtures.SelectMany(f => new[] { f.Home, f.Away }).Distinct().ToList();

        Assert.Equal(40, names.Count);
        Assert.Equal(40, names.Select(t => t.Name).Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.All(names, t => Assert.Contains(t.Name.Split(' ')[^1], ClubWords));
        Assert.All(names, t => Assert.DoesNotContain("Simulated", t.Name, StringComparison.Ordinal));

        Assert.Equal(world.Fixtures, SyntheticWorldBuilder.Build(Defaults, 42).Fixtures);
        var other = SyntheticWorldBuilder.Build(Defaults, 43).Fixtures.SelectMany(f => new[] { f.Home.Name, f.Away.Name }).ToHashSet();
        Assert.NotEqual(names.Select(t => t.Name).ToHashSet(), other);
        Assert.Equal(375, TeamNames.Invent(375, 1).Distinct().Count());
        Assert.Equal(400, TeamNames.Invent(400, 1).Distinct().Count());
    }

    private static HashSet<int> Teams(IEnumerable<WorldFixture> season, string code) =>
        [.. season.Where(f => f.League.Code == code).SelectMany(f => new[] { f.Home.Id, f.Away.Id })];

    private static double PointsPerGame(List<WorldFixture> fixtures, int team)
    {
        var games = fixtures.Where(f => f.Home.Id == team || f.Away.Id == team).ToList();
        return games.Average(f =>
        {
            var (mine, theirs) = f.Home.Id == team ? (f.Result.HomeGoals, f.Result.AwayGoals) : (f.Result.AwayGoals, f.Result.HomeGoals);
            return mine > theirs ? 3.0 : mine == theirs ? 1.0 : 0.0;
        });
    }
}
