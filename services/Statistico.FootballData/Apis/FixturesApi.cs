using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Statistico.FootballData.Data;
using Statistico.FootballData.Fixtures;

namespace Statistico.FootballData.Apis;

internal static class FixturesApi
{
    private const int MaxUpcoming = 200;

    public static IEndpointRouteBuilder MapFixturesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/fixtures").WithTags("Fixtures");
        api.MapPost("/", ScheduleAsync).WithName("ScheduleFixture").WithSummary("Schedule a fixture by hand (idempotent).");
        api.MapGet("/upcoming", GetUpcomingAsync).WithName("GetUpcomingFixtures").WithSummary("Upcoming fixtures, soonest first (from the cache).");
        api.MapGet("/{id:guid}", GetAsync).WithName("GetFixture").WithSummary("One fixture.");
        return app;
    }

    private static async Task<Results<Created<FixtureResponse>, Ok<FixtureResponse>, ValidationProblem>> ScheduleAsync(
        ScheduleFixtureRequest request, FixtureScheduler scheduler, CancellationToken cancellationToken)
    {
        var errors = ScheduleFixtureValidator.Validate(request);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var (fixture, created) = await scheduler.ScheduleAsync(request, cancellationToken);
        var response = FixtureResponse.From(fixture);
        return created ? TypedResults.Created($"/api/fixtures/{fixture.Id}", response) : TypedResults.Ok(response);
    }

    private static async Task<Results<Ok<FixtureResponse>, ProblemHttpResult>> GetAsync(
        Guid id, FootballDataDbContext db, CancellationToken cancellationToken)
    {
        var fixture = await db.Fixtures.AsNoTracking().FirstOrDefaultAsync(f => f.Id == id, cancellationToken);
        return fixture is null
            ? TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Fixture not found", detail: $"No fixture has id {id}.")
            : TypedResults.Ok(FixtureResponse.From(fixture));
    }

    private static async Task<Results<Ok<IReadOnlyList<FixtureResponse>>, ValidationProblem>> GetUpcomingAsync(
        UpcomingFixturesCache cache, int limit = 50)
    {
        if (limit is < 1 or > MaxUpcoming)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["limit"] = [$"limit must be between 1 and {MaxUpcoming}."],
            });
        }

        return TypedResults.Ok(await cache.GetAsync(limit));
    }
}
