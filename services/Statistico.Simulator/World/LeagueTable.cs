namespace Statistico.Simulator.World;

/// <summary>A season's final table: 3 points a win, then goal difference, goals scored, and team id to break ties.</summary>
public static class LeagueTable
{
    /// <summary>The team ids of <paramref name="fixtures"/> from first to last (postponed and abandoned matches count nothing).</summary>
    public static IReadOnlyList<int> Rank(IEnumerable<WorldFixture> fixtures)
    {
        ArgumentNullException.ThrowIfNull(fixtures);
        var rows = new Dictionary<int, (int Points, int For, int Against)>();
        foreach (var fixture in fixtures)
        {
            var home = rows.GetValueOrDefault(fixture.Home.Id);
            var away = rows.GetValueOrDefault(fixture.Away.Id);
            if (fixture.Disruption == FixtureDisruption.None)
            {
                var r = fixture.Result;
                var (homePoints, awayPoints) = r.HomeGoals > r.AwayGoals ? (3, 0) : r.HomeGoals < r.AwayGoals ? (0, 3) : (1, 1);
                home = (home.Points + homePoints, home.For + r.HomeGoals, home.Against + r.AwayGoals);
                away = (away.Points + awayPoints, away.For + r.AwayGoals, away.Against + r.HomeGoals);
            }

            rows[fixture.Home.Id] = home;
            rows[fixture.Away.Id] = away;
        }

        return [.. rows.OrderByDescending(r => r.Value.Points).ThenByDescending(r => r.Value.For - r.Value.Against)
            .ThenByDescending(r => r.Value.For).ThenBy(r => r.Key).Select(r => r.Key)];
    }
}
