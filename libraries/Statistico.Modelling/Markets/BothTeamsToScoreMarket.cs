using Statistico.Modelling.Goals;

namespace Statistico.Modelling.Markets;

/// <summary>BOTH_TEAMS_TO_SCORE: YES, NO.</summary>
public static class BothTeamsToScoreMarket
{
    /// <summary>Fair both-teams-to-score from a score matrix.</summary>
    public static MarketPrice Price(ScoreMatrix matrix)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        var yes = matrix.Probability((h, a) => h > 0 && a > 0);
        return new MarketPrice(MarketTypes.BothTeamsToScore, null,
        [
            new SelectionPrice(SelectionNames.Yes, Settlement.WinOrLose(yes)),
            new SelectionPrice(SelectionNames.No, Settlement.WinOrLose(1 - yes)),
        ]);
    }
}
