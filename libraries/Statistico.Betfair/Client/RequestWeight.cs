using Statistico.Betfair.Api;

namespace Statistico.Betfair;

/// <summary>Betfair's data weighting of listMarketBook (weight per market × markets must stay ≤ 200).</summary>
public static class RequestWeight
{
    /// <summary>Weight of one market under <paramref name="projection"/>.</summary>
    public static int PerMarket(PriceProjection? projection)
    {
        var data = projection?.PriceData ?? [];
        if (data.Count == 0)
        {
            return 2;
        }

        var all = data.Contains(PriceData.ExAllOffers);
        var traded = data.Contains(PriceData.ExTraded);
        var best = data.Contains(PriceData.ExBestOffers) && !all;
        var weight = (all, traded) switch
        {
            (true, true) => 32,
            (false, true) when best => 20,
            _ => (all ? 17 : 0) + (traded ? 17 : 0) + (best ? 5 : 0),
        };
        if (best && projection?.ExBestOffersOverrides?.BestPricesDepth is { } depth && depth > 3)
        {
            // Deeper best offers cost proportionally more.
            weight = (int)Math.Ceiling(weight * depth / 3.0);
        }

        weight += (data.Contains(PriceData.SpAvailable) ? 3 : 0) + (data.Contains(PriceData.SpTraded) ? 7 : 0);
        return Math.Max(weight, 2);
    }

    /// <summary>How many markets fit in one call under <paramref name="maxWeight"/>.</summary>
    public static int MarketsPerCall(PriceProjection? projection, int maxWeight) => Math.Max(1, maxWeight / PerMarket(projection));
}
