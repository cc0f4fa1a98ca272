using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Statistico.Trader.Data;

namespace Statistico.Trader.Apis;

/// <summary>Trades: a filtered, paged list (newest first) and one trade with its timeline.</summary>
internal static class TradesApi
{
    private const int MaxPageSize = 500;

    public static IEndpointRouteBuilder MapTradesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/trades").WithTags("Trades");
        api.MapGet("/", ListAsync).WithSummary("Trades by strategy, state, fixture and signal time, newest first, a page at a time.");
        api.MapGet("/{id:guid}", GetAsync).WithSummary("One trade with every transition, its time and cause.");
        return app;
    }

    private static async Task<Results<Ok<Page<TradeDto>>, ValidationProblem>> ListAsync(
        TraderDbContext db,
        string? strategy,
        string? state,
        Guid? fixture,
        DateTimeOffset? from,
        DateTimeOffset? to,
        CancellationToken cancellationToken,
        int page = 1,
        int pageSize = 50)
    {
        if (page < 1 || pageSize < 1 || pageSize > MaxPageSize)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                [page < 1 ? "page" : "pageSize"] = [$"page from 1; pageSize from 1 to {MaxPageSize}."],
            });
        }

        var query = db.Trades.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(strategy))
        {
            query = query.Where(t => t.StrategyId == strategy);
        }

        if (!string.IsNullOrWhiteSpace(state))
        {
            query = query.Where(t => t.CurrentState == state);
        }

        if (fixture is { } fixtureId)
        {
            query = query.Where(t => t.FixtureId == fixtureId);
        }

        if (from is { } start)
        {
            query = query.Where(t => t.SignalledAt >= start);
        }

        if (to is { } end)
        {
            query = query.Where(t => t.SignalledAt < end);
        }

        var total = await query.CountAsync(cancellationToken);
        var trades = await query.OrderByDescending(t => t.SignalledAt).ThenBy(t => t.CorrelationId)
            .Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(cancellationToken);
        return TypedResults.Ok(new Page<TradeDto>([.. trades.Select(t => TradeDto.From(t, withTimeline: false))], page, pageSize, total));
    }

    private static async Task<Results<Ok<TradeDto>, ProblemHttpResult>> GetAsync(TraderDbContext db, Guid id, CancellationToken cancellationToken)
    {
        var trade = await db.Trades.AsNoTracking().SingleOrDefaultAsync(t => t.CorrelationId == id, cancellationToken);
        return trade is null ? ApiProblems.NotFound("Trade", $"No trade {id}.") : TypedResults.Ok(TradeDto.From(trade, withTimeline: true));
    }
}
