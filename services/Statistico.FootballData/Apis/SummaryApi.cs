using Microsoft.EntityFrameworkCore;
using Statistico.Contracts.FootballData;
using Statistico.FootballData.Data;
using Statistico.ServiceDefaults.Summary;

namespace Statistico.FootballData.Apis;

/// <summary><c>GET /api/summary</c>: what Football Data has ingested, for <c>statistico status</c> (ADR 0700).</summary>
internal static class SummaryApi
{
    public static IEndpointRouteBuilder MapSummaryApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/summary", GetAsync).WithTags("Summary")
            .WithSummary("Fixtures and results ingested and teams known, each with its count and latest time.");
        return app;
    }

    private static async Task<ServiceSummary> GetAsync(FootballDataDbContext db, CancellationToken cancellationToken)
    {
        var fixtures = db.Fixtures.AsNoTracking();
        var results = fixtures.Where(f => f.Status == FixtureStatus.Finished);
        return new ServiceSummary("football-data",
        [
            // Fixtures: the latest time one was ingested or changed; results: the latest kick-off with a result.
            new("fixtures", await fixtures.LongCountAsync(cancellationToken), await fixtures.MaxAsync(f => (DateTimeOffset?)f.UpdatedAt, cancellationToken)),
            new("results", await results.LongCountAsync(cancellationToken), await results.MaxAsync(f => (DateTimeOffset?)f.KickOff, cancellationToken)),
            new("teams", await db.Teams.LongCountAsync(cancellationToken), null),
        ]);
    }
}
