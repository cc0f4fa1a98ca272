using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Statistico.Contracts.FootballData;
using Statistico.FootballData.Client;
using Statistico.FootballData.Data;
using Statistico.FootballData.Fixtures;
using Statistico.FootballDataFiles;

namespace Statistico.FootballData.Apis;

internal static class TeamsApi
{
    private const int MaxResults = 200;

    public static IEndpointRouteBuilder MapTeamsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/teams").WithTags("Teams");
        api.MapGet("/", FindAsync).WithName("FindTeams").WithSummary("Teams, optionally those that played in a competition (and season).");
        api.MapGet("/{id:guid}", GetAsync).WithName("GetTeam").WithSummary("One team with its aliases.");
        api.MapGet("/{id:guid}/results", GetResultsAsync).WithName("GetTeamResults")
            .WithSummary("A team's latest results before a date, at home, away or both, newest first.");
        api.MapGet("/{id:guid}/head-to-head/{opponentId:guid}", GetHeadToHeadAsync).WithName("GetHeadToHead")
            .WithSummary("Finished meetings of two teams at either venue, newest first.");
        api.MapPut("/{id:guid}/aliases/{source}/{spelling}", PutAliasAsync).WithName("PutTeamAlias")
            .WithSummary("Teach Statistico how a source spells a team (idempotent).");
        return app;
    }

    private static async Task<Results<Ok<List<TeamDto>>, ValidationProblem>> FindAsync(
        FootballDataDbContext db, CancellationToken cancellationToken, string? competition = null, string? season = null)
    {
        var teams = db.Teams.AsNoTracking();
        if (competition is not null || season is not null)
        {
            var fixtures = db.Fixtures.AsNoTracking();
            if (competition is not null)
            {
                fixtures = fixtures.Where(f => f.CompetitionId == competition);
            }

            if (season is not null)
            {
                if (!SeasonName.TryParse(season, out var seasonName))
                {
                    return ApiProblems.Invalid(nameof(season), $"'{season}' is not a season such as 2021/22.");
                }

                fixtures = fixtures.Where(f => f.Season.StartYear == seasonName.StartYear);
            }

            teams = teams.Where(t => fixtures.Any(f => f.HomeTeamId == t.Id || f.AwayTeamId == t.Id));
        }

        var list = await teams.Include(t => t.Aliases).OrderBy(t => t.Name).ToListAsync(cancellationToken);
        return TypedResults.Ok(list.Select(ToDto).ToList());
    }

    private static async Task<Results<Ok<TeamDto>, ProblemHttpResult>> GetAsync(Guid id, FootballDataDbContext db, CancellationToken cancellationToken) =>
        await db.Teams.AsNoTracking().Include(t => t.Aliases).FirstOrDefaultAsync(t => t.Id == id, cancellationToken) is { } team
            ? TypedResults.Ok(ToDto(team))
            : ApiProblems.NotFound("Team", $"No team has id {id}.");

    /// <param name="id">The team.</param>
    /// <param name="db">The database.</param>
    /// <param name="clock">The clock ("before" defaults to now).</param>
    /// <param name="cancellationToken">Request aborted.</param>
    /// <param name="venue">home, away or all.</param>
    /// <param name="limit">At most this many results (1–200).</param>
    /// <param name="before">Only matches kicked off before this instant.</param>
    private static async Task<Results<Ok<List<FixtureDto>>, ValidationProblem, ProblemHttpResult>> GetResultsAsync(
        Guid id, FootballDataDbContext db, TimeProvider clock, CancellationToken cancellationToken,
        string venue = "all", int limit = 10, DateTimeOffset? before = null)
    {
        if (limit is < 1 or > MaxResults)
        {
            return ApiProblems.Invalid(nameof(limit), $"limit must be between 1 and {MaxResults}.");
        }

        var finished = Finished(db, before ?? clock.GetUtcNow());
        IQueryable<Fixture>? query = venue.ToLowerInvariant() switch
        {
            "home" => finished.Where(f => f.HomeTeamId == id),
            "away" => finished.Where(f => f.AwayTeamId == id),
            "all" => finished.Where(f => f.HomeTeamId == id || f.AwayTeamId == id),
            _ => null,
        };
        if (query is null)
        {
            return ApiProblems.Invalid(nameof(venue), "venue must be home, away or all.");
        }

        if (!await db.Teams.AnyAsync(t => t.Id == id, cancellationToken))
        {
            return ApiProblems.NotFound("Team", $"No team has id {id}.");
        }

        return TypedResults.Ok(await NewestAsync(query, limit, cancellationToken));
    }

    private static async Task<Results<Ok<List<FixtureDto>>, ValidationProblem>> GetHeadToHeadAsync(
        Guid id, Guid opponentId, FootballDataDbContext db, TimeProvider clock, CancellationToken cancellationToken,
        int limit = 10, DateTimeOffset? before = null)
    {
        if (limit is < 1 or > MaxResults)
        {
            return ApiProblems.Invalid(nameof(limit), $"limit must be between 1 and {MaxResults}.");
        }

        var query = Finished(db, before ?? clock.GetUtcNow())
            .Where(f => (f.HomeTeamId == id && f.AwayTeamId == opponentId) || (f.HomeTeamId == opponentId && f.AwayTeamId == id));
        return TypedResults.Ok(await NewestAsync(query, limit, cancellationToken));
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> PutAliasAsync(
        Guid id, string source, string spelling, FootballDataDbContext db, CancellationToken cancellationToken)
    {
        if (!await db.Teams.AnyAsync(t => t.Id == id, cancellationToken))
        {
            return ApiProblems.NotFound("Team", $"No team has id {id}.");
        }

        var existing = await db.TeamAliases.FindAsync([source, spelling], cancellationToken);
        if (existing is not null && existing.TeamId != id)
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status409Conflict,
                title: "Alias taken",
                detail: $"'{spelling}' from {source} already means team {existing.TeamId}.");
        }

        if (existing is null)
        {
            db.TeamAliases.Add(new TeamAlias { Source = source, Spelling = spelling, TeamId = id });
            await db.SaveChangesAsync(cancellationToken);
        }

        return TypedResults.NoContent();
    }

    private static IQueryable<Fixture> Finished(FootballDataDbContext db, DateTimeOffset before) =>
        db.Fixtures.AsNoTracking().Where(f => f.Status == FixtureStatus.Finished && f.KickOff < before);

    private static async Task<List<FixtureDto>> NewestAsync(IQueryable<Fixture> query, int limit, CancellationToken cancellationToken)
    {
        var fixtures = await query.OrderByDescending(f => f.KickOff).Take(limit)
            .Include(f => f.Season).Include(f => f.HomeTeam).Include(f => f.AwayTeam)
            .ToListAsync(cancellationToken);
        return [.. fixtures.Select(f => f.ToDto())];
    }

    private static TeamDto ToDto(Team team) =>
        new(team.Id, team.Name, [.. team.Aliases.OrderBy(a => a.Source).ThenBy(a => a.Spelling).Select(a => new TeamAliasDto(a.Source, a.Spelling))]);
}
