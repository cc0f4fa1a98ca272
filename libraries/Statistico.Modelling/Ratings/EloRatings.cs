namespace Statistico.Modelling.Ratings;

/// <summary>
/// Elo for football: expectation We = 1 / (1 + 10^(−(Rh + H − Ra)/400)), update
/// K·G·(W − We) with W = 1, ½, 0 and the goal-difference multiplier G = 1 for a margin of 0 or 1,
/// 1.5 for 2 and (11 + N)/8 for N ≥ 3, so big wins move ratings more but not linearly.
/// </summary>
public sealed class EloRatings(EloOptions? options = null)
{
    private readonly Dictionary<string, double> _ratings = new(StringComparer.Ordinal);

    /// <summary>The options in use.</summary>
    public EloOptions Options { get; } = options ?? new EloOptions();

    /// <summary>A team's rating.</summary>
    public double this[string team] => _ratings.GetValueOrDefault(team, Options.InitialRating);

    /// <summary>Every team seen.</summary>
    public IReadOnlyDictionary<string, double> Ratings => _ratings;

    /// <summary>The goal-difference multiplier G.</summary>
    public static double GoalDifferenceMultiplier(int goalDifference)
    {
        var n = Math.Abs(goalDifference);
        return n switch
        {
            <= 1 => 1,
            2 => 1.5,
            _ => (11.0 + n) / 8,
        };
    }

    /// <summary>The home side's expected score (win = 1, draw = ½).</summary>
    public double ExpectedHomeScore(string homeTeam, string awayTeam) =>
        1 / (1 + Math.Pow(10, -(this[homeTeam] + Options.HomeAdvantage - this[awayTeam]) / 400));

    /// <summary>Applies a result; returns the points the home side gained (the away side loses as many).</summary>
    public double Update(string homeTeam, string awayTeam, int homeGoals, int awayGoals)
    {
        var expected = ExpectedHomeScore(homeTeam, awayTeam);
        var actual = homeGoals > awayGoals ? 1.0 : homeGoals == awayGoals ? 0.5 : 0.0;
        var change = Options.K * GoalDifferenceMultiplier(homeGoals - awayGoals) * (actual - expected);
        _ratings[homeTeam] = this[homeTeam] + change;
        _ratings[awayTeam] = this[awayTeam] - change;
        return change;
    }
}
