using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Statistico.Contracts.FootballData;
using Statistico.FootballData.Client;
using Statistico.FootballData.Data;

namespace Statistico.FootballData.Apis;

internal static class CompetitionsApi
{
    public static IEndpointRouteBuilder MapCompetitionsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/competitions").WithTags("Competitions");
        api.MapGet("/", GetCompetitionsAsync).WithName("GetCompetitions").WithSummary("Every competition.");
        api.MapGet("/{id}/seasons", GetSeasonsAsync).WithName("GetSeasons").WithSummary("A competition's seasons, oldest first, with fixture counts.");
        return app;
    }

    private static async Task<Ok<List<CompetitionDto>>> GetCompetitionsAsync(FootballDataDbContext db, CancellationToken cancellationToken) =>
        TypedResults.Ok(await db.Competitions.AsNoTracking().OrderBy(c => c.Id)
            .Select(c => new CompetitionDto(c.Id, c.Name, c.Country))
            .ToListAsync(cancellationToken));

    private static async Task<Results<Ok<List<SeasonDto>>, ProblemHttpResult>> GetSeasonsAsync(
        string id, FootballDataDbContext db, CancellationToken cancellationToken)
    {
        if (!await db.Competitions.AnyAsync(c => c.Id == id, cancellationToken))
        {
            return ApiProblems.NotFound("Competition", $"No competition has id '{id}'.");
        }

        var seasons = await db.Seasons.AsNoTracking().Where(s => s.CompetitionId == id).OrderBy(s => s.StartYear)
            .Select(s => new SeasonDto(
                s.CompetitionId,
                s.Label,
                s.StartYear,
                db.Fixtures.Count(f => f.SeasonId == s.Id),
                db.Fixtures.Count(f => f.SeasonId == s.Id && f.Status == FixtureStatus.Finished)))
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(seasons);
    }
}
