using Microsoft.EntityFrameworkCore;
using Statistico.Contracts.Odds;
using Statistico.Trader.Data;

namespace Statistico.Trader.Decisions;

/// <summary>
/// Keeps the latest compiled probability and observed best prices per selection, in the message's transaction. Each
/// write is an upsert that only moves forward in time, so concurrent or out-of-order messages cannot store an older
/// price over a newer one. A message's rows go in one statement (not one round trip per runner: the observation path
/// is the Trader's hottest), in key order so two messages writing the same selections lock them in the same order.
/// </summary>
internal sealed class PriceStore(TraderDbContext db)
{
    public async Task SaveAsync(OddsCompiled book, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(book);
        // One row per key: a statement may not touch a row twice. A book naming a selection twice keeps the later.
        var rows = book.Markets.SelectMany(m => m.Selections.Select(s => (m.MarketType, s.Selection, s.Probability)))
            .GroupBy(r => (r.MarketType, r.Selection)).Select(g => g.Last())
            .OrderBy(r => r.MarketType, StringComparer.Ordinal).ThenBy(r => r.Selection, StringComparer.Ordinal)
            .ToList();
        if (rows.Count == 0)
        {
            return;
        }

        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO compiled_prices ("FixtureId", "Model", "MarketType", "Selection", "Probability", "ModelVersion", "CompiledAt")
            SELECT {book.FixtureId}, {book.ModelName}, r.market_type, r.selection, r.probability, {book.ModelVersion}, {book.CompiledAt}
            FROM unnest({rows.Select(r => r.MarketType).ToArray()}, {rows.Select(r => r.Selection).ToArray()},
                {rows.Select(r => r.Probability).ToArray()}) AS r(market_type, selection, probability)
            ON CONFLICT ("FixtureId", "Model", "MarketType", "Selection") DO UPDATE
            SET "Probability" = EXCLUDED."Probability", "ModelVersion" = EXCLUDED."ModelVersion", "CompiledAt" = EXCLUDED."CompiledAt"
            WHERE compiled_prices."CompiledAt" <= EXCLUDED."CompiledAt"
            """, cancellationToken);
    }

    public async Task SaveAsync(MarketOddsObserved batch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batch);
        // One row per selection: of a batch naming one twice, the latest observation (the later one on a tie), as the
        // row-by-row upserts this replaced would have left it.
        var rows = batch.Markets
            .SelectMany(m => m.Runners.Select(r => new ObservedRow(m, r)))
            .GroupBy(r => (r.Market.FixtureId, r.Market.MarketType, r.Runner.Selection))
            .Select(g => g.OrderBy(r => r.Market.ObservedAt).Last())
            .OrderBy(r => r.Market.FixtureId).ThenBy(r => r.Market.MarketType, StringComparer.Ordinal).ThenBy(r => r.Runner.Selection, StringComparer.Ordinal)
            .ToList();
        if (rows.Count > 0)
        {
            await db.Database.ExecuteSqlAsync($"""
                INSERT INTO observed_prices ("Source", "FixtureId", "MarketType", "Selection", "ExchangeMarketId", "RunnerId",
                    "BackPrice", "BackSize", "LayPrice", "LaySize", "Status", "InPlay", "ObservedAt", "BatchId")
                SELECT {batch.Source}, r.* , {batch.BatchId}
                FROM unnest({rows.Select(r => r.Market.FixtureId).ToArray()}, {rows.Select(r => r.Market.MarketType).ToArray()},
                    {rows.Select(r => r.Runner.Selection).ToArray()}, {rows.Select(r => r.Market.ExchangeMarketId).ToArray()},
                    {rows.Select(r => r.Runner.RunnerId).ToArray()}, {rows.Select(r => r.Back?.Price).ToArray()},
                    {rows.Select(r => r.Back?.Size ?? 0m).ToArray()}, {rows.Select(r => r.Lay?.Price).ToArray()},
                    {rows.Select(r => r.Lay?.Size ?? 0m).ToArray()}, {rows.Select(r => r.Market.Status).ToArray()},
                    {rows.Select(r => r.Market.InPlay).ToArray()}, {rows.Select(r => r.Market.ObservedAt.ToUniversalTime()).ToArray()}) AS r
                ON CONFLICT ("Source", "FixtureId", "MarketType", "Selection") DO UPDATE
                SET "ExchangeMarketId" = EXCLUDED."ExchangeMarketId", "RunnerId" = EXCLUDED."RunnerId",
                    "BackPrice" = EXCLUDED."BackPrice", "BackSize" = EXCLUDED."BackSize", "LayPrice" = EXCLUDED."LayPrice",
                    "LaySize" = EXCLUDED."LaySize", "Status" = EXCLUDED."Status", "InPlay" = EXCLUDED."InPlay",
                    "ObservedAt" = EXCLUDED."ObservedAt", "BatchId" = EXCLUDED."BatchId"
                WHERE observed_prices."ObservedAt" <= EXCLUDED."ObservedAt"
                """, cancellationToken);
        }

        foreach (var market in batch.Markets.Where(m => m.Status is not null || m.InPlay))
        {
            // A suspended or closed market may come without runners: every selection of it stops being tradable.
            await db.Database.ExecuteSqlAsync($"""
                UPDATE observed_prices SET "Status" = {market.Status}, "InPlay" = {market.InPlay}, "ObservedAt" = {market.ObservedAt}
                WHERE "Source" = {batch.Source} AND "FixtureId" = {market.FixtureId} AND "MarketType" = {market.MarketType}
                  AND "ObservedAt" <= {market.ObservedAt}
                """, cancellationToken);
        }
    }

    /// <summary>One runner of one observed market, with its best prices.</summary>
    private sealed record ObservedRow(ObservedMarket Market, ObservedRunner Runner)
    {
        public PriceSize? Back => Runner.Back.Count > 0 ? Runner.Back[0] : null;

        public PriceSize? Lay => Runner.Lay.Count > 0 ? Runner.Lay[0] : null;
    }
}
