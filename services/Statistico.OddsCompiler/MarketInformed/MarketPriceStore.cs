using Microsoft.EntityFrameworkCore;
using Statistico.Contracts.Odds;
using Statistico.OddsCompiler.Data;

namespace Statistico.OddsCompiler.MarketInformed;

/// <summary>
/// Keeps, per fixture, source and pooled market, the latest margin-free price observed before kick-off (ADR 1102).
/// </summary>
public sealed class MarketPriceStore(OddsCompilerDbContext db)
{
    /// <summary>
    /// Writes the batch's pre-kick-off prices in one statement, within the caller's transaction, and returns the
    /// competitions whose stored prices moved forward. The database decides, not a read-then-write: thousands of
    /// observations arrive on a first start, and concurrent consumers of the same market must neither fail on each
    /// other's insert nor store an older price over a newer one. A price of a fixture the compiler holds is kept only if
    /// the fixture is scheduled and the price was observed strictly before its kick-off (the in-play and status filters
    /// are the caller's). A price of a fixture the compiler has not heard of yet (its announcement still on the way) is
    /// kept too and names no competition: the Odds Checker publishes a market only when it changes, so a dropped price
    /// might never come again; the refresh the announcement asks for finds it, and the pricer checks it against the
    /// kick-off then. An observation at or before the stored one (a duplicate, or one delivered late) changes nothing.
    /// Rows go in key order, so two writers of the same markets lock them in the same order.
    /// </summary>
    public async Task<IReadOnlyList<string>> SaveAsync(string source, IReadOnlyCollection<(ObservedMarket Market, double[] Probabilities)> observed, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(observed);
        // One row per key: a statement may not touch a row twice. The batch's latest observation stands for it.
        var rows = observed.GroupBy(o => (o.Market.FixtureId, o.Market.MarketType))
            .Select(g => g.OrderBy(o => o.Market.ObservedAt).Last())
            .OrderBy(o => o.Market.FixtureId).ThenBy(o => o.Market.MarketType, StringComparer.Ordinal)
            .ToList();
        if (rows.Count == 0)
        {
            return [];
        }

        return await db.Database.SqlQuery<string>(
            $"""
            WITH incoming AS (
                SELECT r.fixture_id, r.market_type, r.observed_at, r.p1, r.p2, r.p3
                FROM unnest({rows.Select(o => o.Market.FixtureId).ToArray()}, {rows.Select(o => o.Market.MarketType).ToArray()},
                    {rows.Select(o => o.Market.ObservedAt.ToUniversalTime()).ToArray()}, {rows.Select(o => o.Probabilities[0]).ToArray()},
                    {rows.Select(o => o.Probabilities[1]).ToArray()}, {rows.Select(o => o.Probabilities.Length > 2 ? o.Probabilities[2] : (double?)null).ToArray()})
                    AS r(fixture_id, market_type, observed_at, p1, p2, p3)
                LEFT JOIN fixtures f ON f."Id" = r.fixture_id
                WHERE f."Id" IS NULL OR (f."Status" = 'Scheduled' AND r.observed_at < f."KickOff")
            ), written AS (
                INSERT INTO market_prices ("FixtureId", "Source", "MarketType", "ObservedAt", "First", "Second", "Third")
                SELECT fixture_id, {source}, market_type, observed_at, p1, p2, p3 FROM incoming
                ORDER BY fixture_id, market_type -- the join may reorder the rows; lock them in key order
                ON CONFLICT ("FixtureId", "Source", "MarketType") DO UPDATE SET
                    "ObservedAt" = excluded."ObservedAt", "First" = excluded."First", "Second" = excluded."Second", "Third" = excluded."Third"
                WHERE excluded."ObservedAt" > market_prices."ObservedAt"
                RETURNING "FixtureId"
            )
            SELECT DISTINCT f."CompetitionId" AS "Value" FROM written w JOIN fixtures f ON f."Id" = w."FixtureId"
            """).ToListAsync(cancellationToken);
    }
}
