using Statistico.Contracts.Trading;

namespace Statistico.Trader.Decisions;

/// <summary>
/// Expected return per unit of the backer's stake, after commission on winnings. A back at price p wins
/// (p − 1)(1 − c) with probability q and loses 1; a lay wins 1 − c when the selection loses and loses p − 1 when it
/// wins. For a back this is the "probability × price − 1" with the winnings net of commission.
/// </summary>
public static class Edge
{
    public static double Of(Side side, double probability, decimal price, double commission)
    {
        var odds = (double)price;
        return side == Side.Back
            ? (probability * (odds - 1) * (1 - commission)) - (1 - probability)
            : ((1 - probability) * (1 - commission)) - (probability * (odds - 1));
    }
}
