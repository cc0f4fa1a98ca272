using Statistico.Modelling.Pricing;

namespace Statistico.Modelling.Markets;

/// <summary>Turns fair prices into a book with a chosen margin.</summary>
public static class BookMaker
{
    /// <summary>
    /// Applies <paramref name="margin"/> (0.05 = 105% book) with <paramref name="method"/> to the
    /// effective probabilities of the market. Markets whose selections overlap (DOUBLE_CHANCE)
    /// always use the multiplicative method, the others need a partition. With
    /// <paramref name="roundToLadder"/> prices are rounded down to the Betfair ladder, so the
    /// offered margin is never below the one asked for.
    /// </summary>
    public static BookedMarket WithMargin(MarketPrice market, double margin, MarginMethod method = MarginMethod.Multiplicative, bool roundToLadder = true)
    {
        ArgumentNullException.ThrowIfNull(market);
        var effective = market.Selections.Select(s => s.EffectiveProbability).ToArray();
        var model = MarginModels.For(market.IsPartition ? method : MarginMethod.Multiplicative);
        var implied = model.Apply(effective, margin);
        var selections = new BookedSelection[implied.Length];
        for (var i = 0; i < implied.Length; i++)
        {
            var odds = Math.Clamp(1 / implied[i], BetfairTickLadder.MinPrice, BetfairTickLadder.MaxPrice);
            if (roundToLadder)
            {
                odds = BetfairTickLadder.RoundDown(odds);
            }

            var selection = market.Selections[i];
            selections[i] = new BookedSelection(selection.Name, selection.Handicap, odds, selection.FairOdds);
        }

        return new BookedMarket(market.MarketType, market.Line, selections);
    }
}
