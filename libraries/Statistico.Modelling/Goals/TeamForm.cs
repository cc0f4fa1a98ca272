namespace Statistico.Modelling.Goals;

/// <summary>
/// Exponentially time-decayed per-team averages of goals, shots on target and corners, for and
/// against, updated match by match. A team's average at any moment uses only matches already
/// added, so features built from it before a match are honest pre-match inputs.
/// </summary>
public sealed class TeamForm(double decayPerDay)
{
    /// <summary>Statistics tracked, in feature order: for and against of goals, shots on target, corners.</summary>
    public const int StatisticCount = 6;

    private readonly Dictionary<string, (double[] Sums, double Count, int Day)> _teams = new(StringComparer.Ordinal);
    private readonly double[] _leagueSums = new double[StatisticCount];
    private readonly Dictionary<string, int> _matches = new(StringComparer.Ordinal);
    private double _leagueCount;

    /// <summary>Matches the team has played so far (unweighted).</summary>
    public int MatchesPlayed(string team) => _matches.GetValueOrDefault(team);

    /// <summary>
    /// Log of the team's decayed mean of each statistic over the league mean (0 = average), with
    /// a small constant so a team yet to score does not give minus infinity.
    /// </summary>
    public double[] Features(string team)
    {
        var features = new double[StatisticCount];
        if (!_teams.TryGetValue(team, out var state) || state.Count == 0 || _leagueCount == 0)
        {
            return features;
        }

        for (var s = 0; s < StatisticCount; s++)
        {
            var league = _leagueSums[s] / _leagueCount;
            features[s] = Math.Log(((state.Sums[s] / state.Count) + 0.1) / (league + 0.1));
        }

        return features;
    }

    /// <summary>Adds a played match (matches must come in date order).</summary>
    public void Add(MatchRecord match)
    {
        ArgumentNullException.ThrowIfNull(match);
        var home = new double[] { match.HomeGoals, match.AwayGoals, match.HomeShotsOnTarget ?? double.NaN, match.AwayShotsOnTarget ?? double.NaN, match.HomeCorners ?? double.NaN, match.AwayCorners ?? double.NaN };
        var away = new double[] { match.AwayGoals, match.HomeGoals, home[3], home[2], home[5], home[4] };
        Update(match.HomeTeam, home, match.Date.DayNumber);
        Update(match.AwayTeam, away, match.Date.DayNumber);
        // The league mean is per side, so both sides' views of the match go in.
        for (var s = 0; s < StatisticCount; s++)
        {
            _leagueSums[s] += Value(home, s) + Value(away, s);
        }

        _leagueCount += 2;
        _matches[match.HomeTeam] = MatchesPlayed(match.HomeTeam) + 1;
        _matches[match.AwayTeam] = MatchesPlayed(match.AwayTeam) + 1;
    }

    // A missing statistic counts as the goals of the same direction, so a team's averages stay defined.
    private static double Value(double[] stats, int s) => double.IsNaN(stats[s]) ? stats[s % 2] : stats[s];

    private void Update(string team, double[] stats, int day)
    {
        var (sums, count, last) = _teams.GetValueOrDefault(team, (new double[StatisticCount], 0, day));
        var decay = Math.Exp(-decayPerDay * (day - last));
        for (var s = 0; s < StatisticCount; s++)
        {
            sums[s] = (sums[s] * decay) + Value(stats, s);
        }

        _teams[team] = (sums, (count * decay) + 1, day);
    }
}
