using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Statistico.OddsChecker.Data;

namespace Statistico.OddsChecker.Apis;

/// <summary>The mapping admin API: events no fixture matched, and the aliases an operator adds to match them.</summary>
internal static class MappingApi
{
    public static IEndpointRouteBuilder MapMappingApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("Mapping");
        api.MapGet("/unmatched", ListUnmatchedAsync).WithSummary("Source events no fixture matched, with the reason.");
        api.MapGet("/aliases/{source}", ListAliasesAsync).WithSummary("A source's team spellings and the teams they stand for.");
        api.MapPut("/aliases/{source}/{spelling}", PutAliasAsync)
            .WithSummary("Map a source's spelling to a canonical team; the source's unmatched events are tried again at the next poll.");
        return app;
    }

    private static async Task<Ok<List<UnmatchedEventDto>>> ListUnmatchedAsync(OddsCheckerDbContext db, string? source, CancellationToken cancellationToken)
    {
        var query = db.UnmatchedEvents.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(source))
        {
            query = query.Where(u => u.Source == source);
        }

        var unmatched = await query.OrderBy(u => u.StartTime).ThenBy(u => u.EventId)
            .Select(u => new UnmatchedEventDto(u.Source, u.EventId, u.Name, u.CompetitionId, u.StartTime, u.Reason, u.FirstSeen, u.LastSeen))
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(unmatched);
    }

    private static async Task<Ok<Dictionary<string, string>>> ListAliasesAsync(OddsCheckerDbContext db, string source, CancellationToken cancellationToken) =>
        TypedResults.Ok(await db.TeamAliases.AsNoTracking().Where(a => a.Source == source).ToDictionaryAsync(a => a.Spelling, a => a.Team, cancellationToken));

    private static async Task<Results<NoContent, ValidationProblem>> PutAliasAsync(
        OddsCheckerDbContext db, string source, string spelling, AliasRequest request, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(request.Team) || string.IsNullOrWhiteSpace(spelling) || request.Team.Length > 100 || spelling.Length > 100)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["team"] = ["A team name and a spelling of 1 to 100 characters are required."] });
        }

        var alias = await db.TeamAliases.SingleOrDefaultAsync(a => a.Source == source && a.Spelling == spelling, cancellationToken);
        if (alias is null)
        {
            db.TeamAliases.Add(new TeamAlias { Source = source, Spelling = spelling, Team = request.Team.Trim() });
        }
        else
        {
            alias.Team = request.Team.Trim();
        }

        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.NoContent();
    }
}
