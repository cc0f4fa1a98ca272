using Microsoft.EntityFrameworkCore;
using Statistico.OddsChecker.Data;
using Statistico.ServiceDefaults.Summary;

namespace Statistico.OddsChecker.Apis;

/// <summary><c>GET /api/summary</c>: the fixtures watched and the markets observed per source, for <c>statistico status</c> (ADR 0700).</summary>
internal static class SummaryApi
{
    public static IEndpointRouteBuilder MapSummaryApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/summary", GetAsync).WithTags("Summary")
            .WithSummary("Fixtures tracked, linked events and markets observed per source, each with its count and latest time.");
        return app;
    }

    private static async Task<ServiceSummary> GetAsync(OddsCheckerDbContext db, CancellationToken cancellationToken)
    {
        var fixtures = db.Fixtures.AsNoTracking();
        var lines = new List<SummaryLine>
        {
            new("fixtures tracked", await fixtures.LongCountAsync(cancellationToken), await fixtures.MaxAsync(f => (DateTimeOffset?)f.KickOff, cancellationToken)),
            new("events linked", await db.EventLinks.LongCountAsync(cancellationToken), await db.EventLinks.MaxAsync(l => (DateTimeOffset?)l.LinkedAt, cancellationToken)),
            new("events unmatched", await db.UnmatchedEvents.LongCountAsync(cancellationToken), await db.UnmatchedEvents.MaxAsync(u => (DateTimeOffset?)u.LastSeen, cancellationToken)),
        };

        // One row per market whose prices were published: "observed" is the last time a poll found them moved.
        var markets = await db.MarketStates.AsNoTracking()
            .GroupBy(m => m.Source)
            .Select(g => new { Source = g.Key, Count = g.LongCount(), Latest = g.Max(m => m.LastPublishedAt) })
            .OrderBy(g => g.Source)
            .ToListAsync(cancellationToken);
        lines.AddRange(markets.Select(m => new SummaryLine($"markets observed ({m.Source})", m.Count, m.Latest)));
        if (markets.Count == 0)
        {
            lines.Add(new SummaryLine("markets observed", 0, null));
        }

        return new ServiceSummary("odds-checker", lines);
    }
}
