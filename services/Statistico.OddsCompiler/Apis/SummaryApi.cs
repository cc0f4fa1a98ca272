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
            .WithSummary("Fixtures known, books compiled (stats and market-informed), market prices stored, fixtures not priced and model fits, each with its count and latest time.");
        return app;
    }

    private static async Task<ServiceSummary> GetAsync(OddsCompilerDbContext db, CancellationToken cancellationToken)
    {
        var fixtures = db.Fixtures.AsNoTracking();
        var books = db.Books.AsNoTracking();
        var informed = db.MarketInformedBooks.AsNoTracking();
        var prices = db.MarketPrices.AsNoTracking();
        var notPriced = fixtures.Where(f => f.NotPricedReason != null);
        var snapshots = db.Snapshots.AsNoTracking();
        return new ServiceSummary("odds-compiler",
        [
            new("fixtures", await fixtures.LongCountAsync(cancellationToken), await fixtures.MaxAsync(f => (DateTimeOffset?)f.KickOff, cancellationToken)),
            new("books compiled", await books.LongCountAsync(cancellationToken), await books.MaxAsync(b => (DateTimeOffset?)b.CompiledAt, cancellationToken)),
            // The market-informed books (model "market-informed", ADR 1102) and the pre-kick-off prices they are made from.
            new("market-informed books", await informed.LongCountAsync(cancellationToken), await informed.MaxAsync(b => (DateTimeOffset?)b.CompiledAt, cancellationToken)),
            new("market prices", await prices.LongCountAsync(cancellationToken), await prices.MaxAsync(p => (DateTimeOffset?)p.ObservedAt, cancellationToken)),
            // Why a fixture is not priced is in GET /api/books/{fixture}; the count says whether to look.
            new("not priced", await notPriced.LongCountAsync(cancellationToken), await notPriced.MaxAsync(f => (DateTimeOffset?)f.KickOff, cancellationToken)),
            new("model fits", await snapshots.LongCountAsync(cancellationToken), await snapshots.MaxAsync(s => (DateTimeOffset?)s.FittedAt, cancellationToken)),
        ]);
    }
}
