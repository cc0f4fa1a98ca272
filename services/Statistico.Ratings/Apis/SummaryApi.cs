using Microsoft.EntityFrameworkCore;
using Statistico.Ratings.Data;
using Statistico.ServiceDefaults.Summary;

namespace Statistico.Ratings.Apis;

/// <summary><c>GET /api/summary</c>: what Ratings has heard and rated, for <c>statistico status</c> (ADR 0700).</summary>
internal static class SummaryApi
{
    public static IEndpointRouteBuilder MapSummaryApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/summary", GetAsync).WithTags("Summary")
            .WithSummary("Results heard, teams rated and competitions recomputed, each with its count and latest time.");
        return app;
    }

    private static async Task<ServiceSummary> GetAsync(RatingsDbContext db, CancellationToken cancellationToken)
    {
        var results = db.Results.AsNoTracking();
        var history = db.History.AsNoTracking();
        var competitions = db.Competitions.AsNoTracking();
        // A team rated in two competitions is rated twice: ratings are per competition.
        var teams = history.Select(h => new { h.CompetitionId, h.Team }).Distinct();
        return new ServiceSummary("ratings",
        [
            new("results", await results.LongCountAsync(cancellationToken), await results.MaxAsync(r => (DateTimeOffset?)r.KickOff, cancellationToken)),
            new("teams rated", await teams.LongCountAsync(cancellationToken), await history.MaxAsync(h => (DateTimeOffset?)h.KickOff, cancellationToken)),
            new("competitions", await competitions.LongCountAsync(cancellationToken), await competitions.MaxAsync(c => c.RecomputedAt, cancellationToken)),
        ]);
    }
}
