using Statistico.Contracts.Odds;

namespace Statistico.OddsWarehouse.Ingestion;

/// <summary>
/// Turns a <see cref="MarketOddsObserved"/> into rows: one per runner, its best back and lay offers and the two levels below them. Runners without a
/// storable source, market type or selection are skipped (<see cref="KeyText"/>).
/// </summary>
internal static class ObservedPrices
{
    public static IncomingBatch From(MarketOddsObserved message)
    {
        var markets = message.Markets ?? [];
        var rows = new List<PriceRow>(markets.Count * 3);
        if (!KeyText.IsStorable(message.Source))
        {
            return new IncomingBatch(message.BatchId, rows);
        }

        foreach (var market in markets)
        {
            if (market is null || !KeyText.IsStorable(market.MarketType))
            {
                continue;
            }

            foreach (var runner in market.Runners ?? [])
            {
                if (runner is null || !KeyText.IsStorable(runner.Selection))
                {
                    continue;
                }

                var back = runner.Back is { Count: > 0 } backs ? backs[0] : null;
                var lay = runner.Lay is { Count: > 0 } lays ? lays[0] : null;
                rows.Add(new PriceRow(
                    new SeriesKey(market.FixtureId, market.MarketType, runner.Handicap ?? 0m, runner.Selection, message.Source),
                    market.ObservedAt,
                    market.InPlay,
                    back?.Price,
                    back?.Size,
                    lay?.Price,
                    lay?.Size,
                    runner.LastTradedPrice,
                    FairPrice: null,
                    LadderDepth.Encode(runner.Back, runner.Lay)));
            }
        }

        return new IncomingBatch(message.BatchId, rows);
    }
}
