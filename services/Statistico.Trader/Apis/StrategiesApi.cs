using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Statistico.Trader.Data;
using Statistico.Trader.Strategies;

namespace Statistico.Trader.Apis;

/// <summary>Strategies: create, change (each change is a new version), set status, read with their money now.</summary>
internal static class StrategiesApi
{
    public static IEndpointRouteBuilder MapStrategiesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/strategies").WithTags("Strategies");
        api.MapGet("/", ListAsync).WithSummary("Every strategy, its latest version, bankroll and open exposure.");
        api.MapGet("/{id}", GetAsync).WithSummary("One strategy.");
        api.MapGet("/{id}/versions", VersionsAsync).WithSummary("Every version of a strategy, newest first.");
        api.MapPost("/", CreateAsync).WithSummary("Create a strategy (DRAFT unless a status is given).");
        api.MapPut("/{id}", UpdateAsync).WithSummary("Replace a strategy's definition: a new version.");
        api.MapPut("/{id}/status", SetStatusAsync).WithSummary("Set DRAFT, ACTIVE, PAUSED or ARCHIVED: a new version.");
        return app;
    }

    private static async Task<Ok<List<StrategyDto>>> ListAsync(TraderDbContext db, CancellationToken cancellationToken)
    {
        var strategies = await db.Strategies.AsNoTracking().OrderBy(s => s.Id).ToListAsync(cancellationToken);
        var money = await MoneyAsync(db, null, cancellationToken);
        return TypedResults.Ok(strategies.Select(s => Dto(s, money)).ToList());
    }

    private static async Task<Results<Ok<StrategyDto>, ProblemHttpResult>> GetAsync(TraderDbContext db, string id, CancellationToken cancellationToken)
    {
        var strategy = await db.Strategies.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
        return strategy is null ? ApiProblems.NotFound("Strategy", $"No strategy '{id}'.") : TypedResults.Ok(Dto(strategy, await MoneyAsync(db, id, cancellationToken)));
    }

    private static async Task<Results<Ok<List<StrategyVersion>>, ProblemHttpResult>> VersionsAsync(TraderDbContext db, string id, CancellationToken cancellationToken)
    {
        var versions = await db.StrategyVersions.AsNoTracking().Where(v => v.StrategyId == id).OrderByDescending(v => v.Version).ToListAsync(cancellationToken);
        return versions.Count == 0 ? ApiProblems.NotFound("Strategy", $"No strategy '{id}'.") : TypedResults.Ok(versions);
    }

    private static async Task<Results<Created<StrategyDto>, ValidationProblem, ProblemHttpResult>> CreateAsync(
        StrategyBook book, TraderDbContext db, CreateStrategyRequest request, CancellationToken cancellationToken)
    {
        var errors = StrategyValidator.Validate(request.Definition);
        if (!StrategyBook.IsValidId(request.Id))
        {
            errors["id"] = ["1 to 64 letters, digits and '-', starting with a letter or digit."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var strategy = await book.CreateAsync(request.Id, request.Definition, request.Status, cancellationToken);
        return strategy is null
            ? ApiProblems.Conflict("Strategy exists", $"A strategy '{request.Id}' exists already; change it with PUT.")
            : TypedResults.Created($"/api/strategies/{strategy.Id}", Dto(strategy, await MoneyAsync(db, strategy.Id, cancellationToken)));
    }

    private static async Task<Results<Ok<StrategyDto>, ValidationProblem, ProblemHttpResult>> UpdateAsync(
        StrategyBook book, TraderDbContext db, string id, StrategyDefinition definition, CancellationToken cancellationToken)
    {
        var errors = StrategyValidator.Validate(definition);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        return await ChangeAsync(book, db, id, "updated", s => s.Definition = definition, cancellationToken);
    }

    private static async Task<Results<Ok<StrategyDto>, ValidationProblem, ProblemHttpResult>> SetStatusAsync(
        StrategyBook book, TraderDbContext db, string id, StatusRequest request, CancellationToken cancellationToken)
    {
        if (!Enum.IsDefined(request.Status))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["status"] = ["DRAFT, ACTIVE, PAUSED or ARCHIVED."] });
        }

        return await ChangeAsync(book, db, id, $"status {request.Status}".ToUpperInvariant(), s => s.Status = request.Status, cancellationToken);
    }

    private static async Task<Results<Ok<StrategyDto>, ValidationProblem, ProblemHttpResult>> ChangeAsync(
        StrategyBook book, TraderDbContext db, string id, string what, Action<Strategy> change, CancellationToken cancellationToken)
    {
        try
        {
            var strategy = await book.ChangeAsync(id, what, change, cancellationToken);
            return strategy is null
                ? ApiProblems.NotFound("Strategy", $"No strategy '{id}'.")
                : TypedResults.Ok(Dto(strategy, await MoneyAsync(db, id, cancellationToken)));
        }
        catch (DbUpdateConcurrencyException)
        {
            return ApiProblems.Conflict("Changed meanwhile", $"Strategy '{id}' was changed by another request; read it again and retry.");
        }
    }

    private static async Task<Dictionary<string, StrategyMoney>> MoneyAsync(TraderDbContext db, string? id, CancellationToken cancellationToken) =>
        await db.Positions.AsNoTracking().Where(p => id == null || p.StrategyId == id)
            .GroupBy(p => p.StrategyId)
            .Select(g => new StrategyMoney(
                g.Key,
                g.Where(p => p.ClosedAt != null).Sum(p => p.NetProfit),
                g.Where(p => p.ClosedAt == null).Sum(p => p.Liability),
                g.Count(p => p.ClosedAt == null)))
            .ToDictionaryAsync(m => m.StrategyId, cancellationToken);

    private static StrategyDto Dto(Strategy s, Dictionary<string, StrategyMoney> money)
    {
        var m = money.GetValueOrDefault(s.Id) ?? new StrategyMoney(s.Id, 0, 0, 0);
        return new StrategyDto(s.Id, s.Version, s.Status, s.Definition, s.Definition.StartingBankroll + m.ClosedNet, m.OpenExposure, m.OpenTrades, s.CreatedAt, s.UpdatedAt);
    }

    private sealed record StrategyMoney(string StrategyId, decimal ClosedNet, decimal OpenExposure, int OpenTrades);
}
