using Microsoft.EntityFrameworkCore;
using Statistico.OddsWarehouse.Data;
using Statistico.ServiceDefaults.Summary;

namespace Statistico.OddsWarehouse.Apis;

/// <summary><c>GET /api/summary</c>: what the warehouse stores, for <c>statistico status</c> (ADR 0700).</summary>
/// <remarks>
/// The time-series tables themselves are never counted: a count of every tick scans months of partitions, and this
/// endpoint is polled every few seconds. Series (one per runner and source) and stored batch ids (with their receipt
/// time, kept for the retention window) say the same thing at the cost of an index.
/// </remarks>
internal static class SummaryApi
{
    public static IEndpointRouteBuilder MapSummaryApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/summary", GetAsync).WithTags("Summary")
            .WithSummary("Fixtures known, price series per source and price batches stored, each with its count and latest time.");
        return app;
    }

    private static async Task<ServiceSummary> GetAsync(OddsWarehouseDbContext db, CancellationToken cancellationToken)
    {
        var fixtures = db.FixtureKickOffs.AsNoTracking();
        var batches = db.ReceivedBatches.AsNoTracking();
        var lines = new List<SummaryLine>
        {
            new("fixtures", await fixtures.LongCountAsync(cancellationToken), await fixtures.MaxAsync(f => (DateTimeOffset?)f.KickOff, cancellationToken)),
            new("batches stored", await batches.LongCountAsync(cancellationToken), await batches.MaxAsync(b => (DateTimeOffset?)b.ReceivedAt, cancellationToken)),
        };

        var series = await db.PriceSeries.AsNoTracking()
            .GroupBy(s => s.Source)
            .Select(g => new { Source = g.Key, Count = g.LongCount() })
            .OrderBy(g => g.Source)
            .ToListAsync(cancellationToken);
        lines.AddRange(series.Select(s => new SummaryLine($"price series ({s.Source})", s.Count, null)));
        if (series.Count == 0)
        {
            lines.Add(new SummaryLine("price series", 0, null));
        }

        return new ServiceSummary("odds-warehouse", lines);
    }
}
