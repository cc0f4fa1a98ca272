using Microsoft.EntityFrameworkCore;
using Statistico.OddsCompiler.Data;
using Statistico.ServiceDefaults.Summary;

namespace Statistico.OddsCompiler.Apis;

/// <summary><c>GET /api/summary</c>: what the compiler knows and has priced, for <c>statistico status</c> (ADR 0700).</summary>
internal static class SummaryApi
{
    public static IEndpointRouteBuilder MapSummaryApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/summary", GetAsync).WithTags("Summary")
            .WithSummary("Fixtures known, books compiled, fixtures not priced and model fits, each with its count and latest time.");
        return app;
    }

    private static async Task<ServiceSummary> GetAsync(OddsCompilerDbContext db, CancellationToken cancellationToken)
    {
        var fixtures = db.Fixtures.AsNoTracking();
        var books = db.Books.AsNoTracking();
        var notPriced = fixtures.Where(f => f.NotPricedReason != null);
        var snapshots = db.Snapshots.AsNoTracking();
        return new ServiceSummary("odds-compiler",
        [
            new("fixtures", await fixtures.LongCountAsync(cancellationToken), await fixtures.MaxAsync(f => (DateTimeOffset?)f.KickOff, cancellationToken)),
            new("books compiled", await books.LongCountAsync(cancellationToken), await books.MaxAsync(b => (DateTimeOffset?)b.CompiledAt, cancellationToken)),
            // Why a fixture is not priced is in GET /api/books/{fixture}; the count says whether to look.
            new("not priced", await notPriced.LongCountAsync(cancellationToken), await notPriced.MaxAsync(f => (DateTimeOffset?)f.KickOff, cancellationToken)),
            new("model fits", await snapshots.LongCountAsync(cancellationToken), await snapshots.MaxAsync(s => (DateTimeOffset?)s.FittedAt, cancellationToken)),
        ]);
    }
}
