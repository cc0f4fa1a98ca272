using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Statistico.Contracts.Odds;
using Statistico.Modelling.Goals;
using Statistico.OddsCompiler.Books;
using Statistico.OddsCompiler.Data;
using Statistico.OddsCompiler.GoalModels;
using Statistico.OddsCompiler.MarketInformed;
using Statistico.OddsCompiler.Refits;

namespace Statistico.OddsCompiler.Apis;

internal static class BooksApi
{
    public static IEndpointRouteBuilder MapBooksApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/books").WithTags("Books");
        api.MapGet("/{fixtureId:guid}", GetAsync).WithName("GetBook")
            .WithSummary("The book last published for a fixture: the stats model's, or with ?model=market-informed the market-informed one (ADR 1102).");
        api.MapGet("/{fixtureId:guid}/explain", ExplainAsync).WithName("ExplainBook")
            .WithSummary("Expected goals, ρ and the team parameters behind the fixture's price under the current model.");
        return app;
    }

    private static async Task<Results<Ok<BookDto>, ProblemHttpResult>> GetAsync(
        Guid fixtureId, string? model, OddsCompilerDbContext db, CancellationToken cancellationToken)
    {
        var fixture = await db.Fixtures.AsNoTracking().FirstOrDefaultAsync(f => f.Id == fixtureId, cancellationToken);
        if (string.Equals(model, MarketInformedSettings.ModelName, StringComparison.Ordinal))
        {
            return await GetMarketInformedAsync(fixtureId, fixture, db, cancellationToken);
        }

        var book = await db.Books.AsNoTracking().FirstOrDefaultAsync(b => b.FixtureId == fixtureId, cancellationToken);
        if (fixture is null || book is null)
        {
            return ApiProblems.NotFound("Book", await WhyNotPricedAsync(db, fixtureId, fixture, cancellationToken));
        }

        if (model is not null && !string.Equals(model, book.ModelName, StringComparison.Ordinal))
        {
            return ApiProblems.NotFound("Book", $"The compiler publishes {book.ModelName} and {MarketInformedSettings.ModelName} books, not {model}.");
        }

        return TypedResults.Ok(new BookDto(
            fixture.Id, fixture.CompetitionId, fixture.HomeTeam, fixture.AwayTeam, fixture.KickOff, book.ModelName, book.ModelVersion,
            book.CompiledAt, book.ExpectedHomeGoals, book.ExpectedAwayGoals,
            JsonSerializer.Deserialize<List<CompiledMarket>>(book.Markets, CompetitionRefresher.Json)!));
    }

    private static async Task<Results<Ok<BookDto>, ProblemHttpResult>> GetMarketInformedAsync(
        Guid fixtureId, PricedFixture? fixture, OddsCompilerDbContext db, CancellationToken cancellationToken)
    {
        var book = await db.MarketInformedBooks.AsNoTracking().FirstOrDefaultAsync(b => b.FixtureId == fixtureId, cancellationToken);
        if (fixture is null || book is null)
        {
            var why = fixture is null || await db.Books.AnyAsync(b => b.FixtureId == fixtureId, cancellationToken) is false
                ? await WhyNotPricedAsync(db, fixtureId, fixture, cancellationToken)
                : $"No market price of fixture {fixtureId} has been observed before its kick-off; without one there is no market-informed book.";
            return ApiProblems.NotFound("Book", why);
        }

        return TypedResults.Ok(new BookDto(
            fixture.Id, fixture.CompetitionId, fixture.HomeTeam, fixture.AwayTeam, fixture.KickOff, MarketInformedSettings.ModelName, book.ModelVersion,
            book.CompiledAt, book.ExpectedHomeGoals, book.ExpectedAwayGoals,
            JsonSerializer.Deserialize<List<CompiledMarket>>(book.Markets, CompetitionRefresher.Json)!));
    }

    private static async Task<Results<Ok<ExplanationDto>, ProblemHttpResult>> ExplainAsync(
        Guid fixtureId, OddsCompilerDbContext db, CompetitionModels models, CancellationToken cancellationToken)
    {
        var fixture = await db.Fixtures.AsNoTracking().FirstOrDefaultAsync(f => f.Id == fixtureId, cancellationToken);
        if (fixture is null || models.Find(fixture.CompetitionId) is not { } model)
        {
            return ApiProblems.NotFound("Model", await WhyNotPricedAsync(db, fixtureId, fixture, cancellationToken));
        }

        var blended = model.Fit as IBlendedGoalFit;
        var goals = blended?.Goals as DixonColesFit;
        var matrix = FixtureDistribution.Predict(model.Fit, fixture.HomeTeam, fixture.AwayTeam, fixture.NeutralVenue);
        var (lambda, mu) = goals?.ExpectedGoals(fixture.HomeTeam, fixture.AwayTeam) ?? (double.NaN, double.NaN);
        return TypedResults.Ok(new ExplanationDto(
            fixture.Id,
            model.VersionLabel,
            fixture.NeutralVenue,
            [lambda, mu],
            matrix.ExpectedHomeGoals,
            matrix.ExpectedAwayGoals,
            model.Parameters.Rho,
            model.Parameters.Intercept,
            model.Parameters.HomeAdvantage,
            blended?.Outcomes.Predict(fixture.HomeTeam, fixture.AwayTeam) ?? [],
            blended?.OutcomeWeight ?? 0,
            [matrix.HomeWin, matrix.Draw, matrix.AwayWin],
            model.Parameters.Teams.GetValueOrDefault(fixture.HomeTeam),
            model.Parameters.Teams.GetValueOrDefault(fixture.AwayTeam),
            model.Priors.GetValueOrDefault(fixture.HomeTeam),
            model.Priors.GetValueOrDefault(fixture.AwayTeam)));
    }

    private static async Task<string> WhyNotPricedAsync(OddsCompilerDbContext db, Guid fixtureId, PricedFixture? fixture, CancellationToken cancellationToken)
    {
        if (fixture is null)
        {
            return $"The compiler has not heard of fixture {fixtureId}.";
        }

        var state = await db.Competitions.AsNoTracking().FirstOrDefaultAsync(c => c.CompetitionId == fixture.CompetitionId, cancellationToken);
        return fixture.NotPricedReason
            ?? state?.Reason
            ?? (fixture.Status != Contracts.FootballData.FixtureStatus.Scheduled
                ? $"Fixture {fixtureId} is {fixture.Status}; only scheduled fixtures are priced."
                : $"Fixture {fixtureId} is waiting for {fixture.CompetitionId}'s model.");
    }
}
