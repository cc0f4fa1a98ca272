using Statistico.Modelling.Goals;

namespace Statistico.Modelling.Markets;

/// <summary>DRAW_NO_BET: HOME, AWAY; a draw returns the stake.</summary>
public static class DrawNoBetMarket
{
    /// <summary>Fair draw-no-bet from a score matrix.</summary>
    public static MarketPrice Price(ScoreMatrix matrix)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        return new MarketPrice(MarketTypes.DrawNoBet, null,
        [
            new SelectionPrice(SelectionNames.Home, new Settlement(matrix.HomeWin, 0, matrix.Draw, 0, matrix.AwayWin)),
            new SelectionPrice(SelectionNames.Away, new Settlement(matrix.AwayWin, 0, matrix.Draw, 0, matrix.HomeWin)),
        ]);
    }
}
