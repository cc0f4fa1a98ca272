namespace Statistico.Modelling.Markets;

/// <summary>
/// Over/under a line on a match count (corners, cards) from the distribution of the total, e.g.
/// OVER_UNDER_85_CORNR or OVER_UNDER_45_CARDS.
/// </summary>
public static class CountLineMarket
{
    /// <summary>Fair over/under from P(total = k), k = 0…; the distribution is normalised first.</summary>
    public static MarketPrice Price(string marketType, IReadOnlyList<double> totalDistribution, double line)
    {
        ArgumentNullException.ThrowIfNull(totalDistribution);
        var total = totalDistribution.Sum();
        var over = 0.0;
        for (var k = 0; k < totalDistribution.Count; k++)
        {
            if (k > line)
            {
                over += totalDistribution[k];
            }
        }

        over /= total;
        return new MarketPrice(marketType, line,
        [
            new SelectionPrice(SelectionNames.Under, Settlement.WinOrLose(1 - over), line),
            new SelectionPrice(SelectionNames.Over, Settlement.WinOrLose(over), line),
        ]);
    }
}
