using Statistico.Modelling.Goals;

namespace Statistico.Modelling.Markets;

/// <summary>MATCH_ODDS: HOME, DRAW, AWAY.</summary>
public static class MatchOddsMarket
{
    /// <summary>Fair 1X2 from a score matrix.</summary>
    public static MarketPrice Price(ScoreMatrix matrix)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        return new MarketPrice(MarketTypes.MatchOdds, null,
        [
            new SelectionPrice(SelectionNames.Home, Settlement.WinOrLose(matrix.HomeWin)),
            new SelectionPrice(SelectionNames.Draw, Settlement.WinOrLose(matrix.Draw)),
            new SelectionPrice(SelectionNames.Away, Settlement.WinOrLose(matrix.AwayWin)),
        ]);
    }
}
