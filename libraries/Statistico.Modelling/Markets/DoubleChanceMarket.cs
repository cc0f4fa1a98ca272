using Statistico.Modelling.Goals;

namespace Statistico.Modelling.Markets;

/// <summary>DOUBLE_CHANCE: HOME_DRAW, HOME_AWAY, DRAW_AWAY (overlapping, so not a partition).</summary>
public static class DoubleChanceMarket
{
    /// <summary>Fair double chance from a score matrix.</summary>
    public static MarketPrice Price(ScoreMatrix matrix)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        return new MarketPrice(MarketTypes.DoubleChance, null,
        [
            new SelectionPrice(SelectionNames.HomeDraw, Settlement.WinOrLose(matrix.HomeWin + matrix.Draw)),
            new SelectionPrice(SelectionNames.HomeAway, Settlement.WinOrLose(matrix.HomeWin + matrix.AwayWin)),
            new SelectionPrice(SelectionNames.DrawAway, Settlement.WinOrLose(matrix.Draw + matrix.AwayWin)),
        ], IsPartition: false);
    }
}
