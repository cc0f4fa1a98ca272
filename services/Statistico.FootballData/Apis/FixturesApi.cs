using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Statistico.Contracts.FootballData;
using Statistico.FootballData.Client;
using Statistico.FootballData.Data;
using Statistico.FootballData.Fixtures;
using Statistico.FootballDataFiles;

namespace Statistico.FootballData.Apis;

internal static class FixturesApi
{
    private const int MaxUpcoming = 200;
    private const int MaxPageSize = 500;

    public static IEndpointRouteBuilder MapFixturesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/fixtures").WithTags("Fixtures");
        api.MapGet("/", FindAsync).WithName("FindFixtures")
            .WithSummary("Fixtures by competition, season, team, kick-off range and status; paged, in kick-off order.");
        api.MapPost("/", ScheduleAsync).WithName("ScheduleFixture").WithSummary("Schedule a fixture by hand (idempotent).");
        api.MapGet("/upcoming", GetUpcomingAsync).WithName("GetUpcomingFixtures").WithSummary("Upcoming fixtures, soonest first (from the cache).");
        api.MapGet("/{id:guid}", GetAsync).WithName("GetFixture").WithSummary("One fixture with its result and statistics (finished ones from the cache).");
        return app;
    }

    /// <param name="db">The database.</param>
    /// <param name="cancellationToken">Request aborted.</param>
    /// <param name="competition">Competition code, e.g. E0.</param>
    /// <param name="season">Season label, e.g. 2021/22.</param>
    /// <param name="team">A team's id or canonical name (home or away).</param>
    /// <param name="from">Kick-off at or after (ISO 8601).</param>
    /// <param name="to">Kick-off before (ISO 8601).</param>
    /// <param name="status">Scheduled, Live, Finished, Postponed or Abandoned.</param>
    /// <param name="page">1-based page.</param>
    /// <param name="pageSize">Fixtures per page (at most 500).</param>
    private static async Task<Results<Ok<PageDto<FixtureDto>>, ValidationProblem>> FindAsync(
        FootballDataDbContext db,
        CancellationToken cancellationToken,
        string? competition = null,
        string? season = null,
        string? team = null,
        DateTimeOffset? from = null,
        DateTimeOffset? to = null,
        string? status = null,
        int page = 1,
        int pageSize = 50)
    {
        if (ApiProblems.CheckPaging(page, pageSize, MaxPageSize) is { } pagingProblem)
        {
            return pagingProblem;
        }

        var query = db.Fixtures.AsNoTracking();
        if (competition is not null)
        {
            query = query.Where(f => f.CompetitionId == competition);
        }

        if (season is not null)
        {
            if (!SeasonName.TryParse(season, out var seasonName))
            {
                return ApiProblems.Invalid(nameof(season), $"'{season}' is not a season such as 2021/22.");
            }

            query = query.Where(f => f.Season.StartYear == seasonName.StartYear);
        }

        if (team is not null)
        {
            query = Guid.TryParse(team, out var teamId)
                ? query.Where(f => f.HomeTeamId == teamId || f.AwayTeamId == teamId)
                : query.Where(f => f.HomeTeam.Name == team || f.AwayTeam.Name == team);
        }

        if (status is not null)
        {
            if (!Enum.TryParse<FixtureStatus>(status, ignoreCase: true, out var wanted) || int.TryParse(status, out _))
            {
                return ApiProblems.Invalid(nameof(status), $"'{status}' is not one of {string.Join(", ", Enum.GetNames<FixtureStatus>())}.");
            }

            query = query.Where(f => f.Status == wanted);
        }

        if (from is { } start)
        {
            query = query.Where(f => f.KickOff >= start);
        }

        if (to is { } end)
        {
            query = query.Where(f => f.KickOff < end);
        }

        var total = await query.CountAsync(cancellationToken);
        var fixtures = await query.OrderBy(f => f.KickOff).ThenBy(f => f.Id)
            .Skip((page - 1) * pageSize).Take(pageSize)
            .Include(f => f.Season).Include(f => f.HomeTeam).Include(f => f.AwayTeam)
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(new PageDto<FixtureDto>([.. fixtures.Select(f => f.ToDto())], page, pageSize, total));
    }

    private static async Task<Results<Created<FixtureDto>, Ok<FixtureDto>, ValidationProblem>> ScheduleAsync(
        ScheduleFixtureRequest request, FixtureScheduler scheduler, CancellationToken cancellationToken)
    {
        var errors = ScheduleFixtureValidator.Validate(request);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var (fixture, created) = await scheduler.ScheduleAsync(request, cancellationToken);
        return created ? TypedResults.Created($"/api/fixtures/{fixture.Id}", fixture) : TypedResults.Ok(fixture);
    }

    private static async Task<Results<Ok<FixtureDto>, ProblemHttpResult>> GetAsync(
        Guid id, FootballDataDbContext db, FinishedFixtureCache cache, CancellationToken cancellationToken)
    {
        if (await cache.GetAsync(id) is { } cached)
        {
            return TypedResults.Ok(cached);
        }

        var fixture = await db.Fixtures.AsNoTracking()
            .Include(f => f.Season).Include(f => f.HomeTeam).Include(f => f.AwayTeam)
            .FirstOrDefaultAsync(f => f.Id == id, cancellationToken);
        if (fixture is null)
        {
            return ApiProblems.NotFound("Fixture", $"No fixture has id {id}.");
        }

        var dto = fixture.ToDto();
        await cache.SetAsync(dto);
        return TypedResults.Ok(dto);
    }

    private static async Task<Results<Ok<IReadOnlyList<UpcomingFixture>>, ValidationProblem>> GetUpcomingAsync(
        UpcomingFixturesCache cache, int limit = 50)
    {
        if (limit is < 1 or > MaxUpcoming)
        {
            return ApiProblems.Invalid(nameof(limit), $"limit must be between 1 and {MaxUpcoming}.");
        }

        return TypedResults.Ok(await cache.GetAsync(limit));
    }
}
