using Statistico.Modelling.Goals;

namespace Statistico.Modelling.Markets;

/// <summary>
/// TEAM_TOTAL_GOALS: one team's goals over or under a line (selections HOME_OVER/HOME_UNDER or
/// AWAY_OVER/AWAY_UNDER). Whole lines push when the team scores exactly the line.
/// </summary>
public static class TeamTotalGoalsMarket
{
    /// <summary>The lines compiled by default.</summary>
    public static IReadOnlyList<double> StandardLines { get; } = [0.5, 1.5, 2.5, 3.5];

    /// <summary>Fair team-total prices for the home (<paramref name="home"/> true) or away side.</summary>
    public static MarketPrice Price(ScoreMatrix matrix, bool home, double line)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        var over = matrix.Probability((h, a) => (home ? h : a) > line);
        var exactly = matrix.Probability((h, a) => (home ? h : a) == line);
        var under = 1 - over - exactly;
        return new MarketPrice(MarketTypes.TeamTotalGoals, line,
        [
            new SelectionPrice(home ? SelectionNames.HomeOver : SelectionNames.AwayOver, new Settlement(over, 0, exactly, 0, under), line),
            new SelectionPrice(home ? SelectionNames.HomeUnder : SelectionNames.AwayUnder, new Settlement(under, 0, exactly, 0, over), line),
        ]);
    }
}
