using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Statistico.Ratings.Data;
using Statistico.Ratings.Rebuild;
using Statistico.Ratings.Recompute;

namespace Statistico.Ratings.Apis;

internal static class RatingsApi
{
    private const int MaxHistory = 1000;

    public static IEndpointRouteBuilder MapRatingsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/ratings").WithTags("Ratings");
        api.MapGet("/{competitionId}", GetTableAsync).WithName("GetRatings")
            .WithSummary("Every team's ratings in a competition as of an instant (after its last fixture before it).");
        api.MapGet("/{competitionId}/teams/{team}", GetHistoryAsync).WithName("GetTeamRatingHistory")
            .WithSummary("A team's rating history in a competition, oldest first (for charts).");
        api.MapGet("/{competitionId}/status", GetStatusAsync).WithName("GetRatingsStatus")
            .WithSummary("Results heard, fixtures rated, pending recomputation.");
        api.MapPost("/{competitionId}/rebuild", RebuildAsync).WithName("RebuildRatings")
            .WithSummary("Pull the competition's results from Football Data and recompute its whole history.");
        return app;
    }

    /// <param name="competitionId">Competition code, e.g. E0.</param>
    /// <param name="db">The database.</param>
    /// <param name="cancellationToken">Request aborted.</param>
    /// <param name="asOf">Only fixtures kicked off before this instant count (default: all).</param>
    private static async Task<Results<Ok<List<TeamRatingDto>>, ProblemHttpResult>> GetTableAsync(
        string competitionId, RatingsDbContext db, CancellationToken cancellationToken, DateTimeOffset? asOf = null)
    {
        var before = asOf ?? DateTimeOffset.MaxValue;
        var entries = await db.History.AsNoTracking()
            .Where(h => h.CompetitionId == competitionId && h.KickOff < before)
            .ToListAsync(cancellationToken);
        if (entries.Count == 0 && !await db.Results.AnyAsync(r => r.CompetitionId == competitionId, cancellationToken))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Competition not rated", detail: $"No result of '{competitionId}' has reached Ratings.");
        }

        var table = entries.GroupBy(h => h.Team)
            .Select(g =>
            {
                var last = g.OrderBy(h => h.KickOff).ThenBy(h => h.FixtureId).Last();
                return new TeamRatingDto(last.Team, last.AttackAfter, last.DefenceAfter, last.EloAfter, last.PiHomeAfter, last.PiAwayAfter, last.FixtureId, last.KickOff, g.Count());
            })
            .OrderByDescending(t => t.Attack - t.Defence)
            .ToList();
        return TypedResults.Ok(table);
    }

    private static async Task<Results<Ok<List<RatingHistoryEntry>>, ProblemHttpResult, ValidationProblem>> GetHistoryAsync(
        string competitionId, string team, RatingsDbContext db, CancellationToken cancellationToken, int limit = MaxHistory)
    {
        if (limit is < 1 or > MaxHistory)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["limit"] = [$"limit must be between 1 and {MaxHistory}."] });
        }

        var history = await db.History.AsNoTracking()
            .Where(h => h.CompetitionId == competitionId && h.Team == team)
            .OrderByDescending(h => h.KickOff).Take(limit)
            .ToListAsync(cancellationToken);
        return history.Count == 0
            ? TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No rating history", detail: $"'{team}' has no rated fixture in '{competitionId}'.")
            : TypedResults.Ok(history.OrderBy(h => h.KickOff).ToList());
    }

    private static async Task<Ok<CompetitionStatusDto>> GetStatusAsync(string competitionId, RatingsDbContext db, CancellationToken cancellationToken)
    {
        var state = await db.Competitions.AsNoTracking().FirstOrDefaultAsync(s => s.CompetitionId == competitionId, cancellationToken);
        var results = await db.Results.CountAsync(r => r.CompetitionId == competitionId, cancellationToken);
        var rated = await db.History.CountAsync(h => h.CompetitionId == competitionId && h.AtHome, cancellationToken);
        var dirtyFrom = await db.DirtyMarks.Where(m => m.CompetitionId == competitionId).MinAsync(m => (DateTimeOffset?)m.KickOff, cancellationToken);
        return TypedResults.Ok(new CompetitionStatusDto(competitionId, results, rated, dirtyFrom, state?.RecomputedAt));
    }

    private static async Task<Ok<BackfillReport>> RebuildAsync(
        string competitionId, MissedResultsBackfill backfill, RecomputeSignal signal, CancellationToken cancellationToken)
    {
        var report = await backfill.RunAsync(competitionId, force: true, cancellationToken);
        signal.Raise();
        return TypedResults.Ok(report);
    }
}
