using Microsoft.EntityFrameworkCore;
using Statistico.Contracts.Odds;
using Statistico.Trader.Data;

namespace Statistico.Trader.Decisions;

/// <summary>
/// Keeps the latest compiled probability and observed best prices per selection, in the message's transaction. Each
/// write is an upsert that only moves forward in time, so concurrent or out-of-order messages cannot store an older
/// price over a newer one.
/// </summary>
internal sealed class PriceStore(TraderDbContext db)
{
    public async Task SaveAsync(OddsCompiled book, CancellationToken cancellationToken)
    {
        foreach (var market in book.Markets)
        {
            foreach (var selection in market.Selections)
            {
                await db.Database.ExecuteSqlInterpolatedAsync($"""
                    INSERT INTO compiled_prices ("FixtureId", "Model", "MarketType", "Selection", "Probability", "ModelVersion", "CompiledAt")
                    VALUES ({book.FixtureId}, {book.ModelName}, {market.MarketType}, {selection.Selection}, {selection.Probability}, {book.ModelVersion}, {book.CompiledAt})
                    ON CONFLICT ("FixtureId", "Model", "MarketType", "Selection") DO UPDATE
                    SET "Probability" = EXCLUDED."Probability", "ModelVersion" = EXCLUDED."ModelVersion", "CompiledAt" = EXCLUDED."CompiledAt"
                    WHERE compiled_prices."CompiledAt" <= EXCLUDED."CompiledAt"
                    """, cancellationToken);
            }
        }
    }

    public async Task SaveAsync(MarketOddsObserved batch, CancellationToken cancellationToken)
    {
        foreach (var market in batch.Markets)
        {
            foreach (var runner in market.Runners)
            {
                var back = runner.Back.Count > 0 ? runner.Back[0] : null;
                var lay = runner.Lay.Count > 0 ? runner.Lay[0] : null;
                await db.Database.ExecuteSqlInterpolatedAsync($"""
                    INSERT INTO observed_prices ("Source", "FixtureId", "MarketType", "Selection", "ExchangeMarketId", "RunnerId",
                        "BackPrice", "BackSize", "LayPrice", "LaySize", "Status", "InPlay", "ObservedAt", "BatchId")
                    VALUES ({batch.Source}, {market.FixtureId}, {market.MarketType}, {runner.Selection}, {market.ExchangeMarketId}, {runner.RunnerId},
                        {back?.Price}, {back?.Size ?? 0m}, {lay?.Price}, {lay?.Size ?? 0m}, {market.Status}, {market.InPlay}, {market.ObservedAt}, {batch.BatchId})
                    ON CONFLICT ("Source", "FixtureId", "MarketType", "Selection") DO UPDATE
                    SET "ExchangeMarketId" = EXCLUDED."ExchangeMarketId", "RunnerId" = EXCLUDED."RunnerId",
                        "BackPrice" = EXCLUDED."BackPrice", "BackSize" = EXCLUDED."BackSize", "LayPrice" = EXCLUDED."LayPrice",
                        "LaySize" = EXCLUDED."LaySize", "Status" = EXCLUDED."Status", "InPlay" = EXCLUDED."InPlay",
                        "ObservedAt" = EXCLUDED."ObservedAt", "BatchId" = EXCLUDED."BatchId"
                    WHERE observed_prices."ObservedAt" <= EXCLUDED."ObservedAt"
                    """, cancellationToken);
            }

            if (market.Status is not null || market.InPlay)
            {
                // A suspended or closed market may come without runners: every selection of it stops being tradable.
                await db.Database.ExecuteSqlInterpolatedAsync($"""
                    UPDATE observed_prices SET "Status" = {market.Status}, "InPlay" = {market.InPlay}, "ObservedAt" = {market.ObservedAt}
                    WHERE "Source" = {batch.Source} AND "FixtureId" = {market.FixtureId} AND "MarketType" = {market.MarketType}
                      AND "ObservedAt" <= {market.ObservedAt}
                    """, cancellationToken);
            }
        }
    }
}
