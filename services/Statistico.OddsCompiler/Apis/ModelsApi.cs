using System.Data;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Statistico.OddsCompiler.Data;

namespace Statistico.OddsCompiler.Apis;

internal static class ModelsApi
{
    public static IEndpointRouteBuilder MapModelsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/models").WithTags("Models");
        api.MapGet("/{competition}", GetCompetitionAsync).WithName("GetCompetitionModels")
            .WithSummary("Whether a competition is priced (and why not), and its model snapshots, newest first.");
        api.MapGet("/{competition}/snapshots/{version:int}", GetSnapshotAsync).WithName("GetModelSnapshot")
            .WithSummary("One snapshot with its parameters and walk-forward evaluation.");
        api.MapPut("/{competition}/snapshots/{version:int}/evaluation", PutEvaluationAsync).WithName("PutModelEvaluation")
            .WithSummary("Stores the walk-forward metrics of `statistico evaluate` with a snapshot (any JSON object).");
        return app;
    }

    private static async Task<Results<Ok<CompetitionModelsDto>, ProblemHttpResult>> GetCompetitionAsync(
        string competition, OddsCompilerDbContext db, CancellationToken cancellationToken)
    {
        // One snapshot of the database for both reads: a refit committing in between would otherwise show a current
        // version without its snapshot, or a snapshot newer than the current version.
        await using var transaction = await db.Database.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken);
        var state = await db.Competitions.AsNoTracking().FirstOrDefaultAsync(c => c.CompetitionId == competition, cancellationToken);
        if (state is null)
        {
            return ApiProblems.NotFound("Competition", $"No model has been fitted or refused for '{competition}'.");
        }

        var snapshots = await db.Snapshots.AsNoTracking().Where(s => s.CompetitionId == competition).OrderByDescending(s => s.Version).ToListAsync(cancellationToken);
        return TypedResults.Ok(new CompetitionModelsDto(
            competition, state.Priced, state.Reason, state.CurrentVersion, [.. snapshots.Select(s => ToDto(s, withDetails: false))]));
    }

    private static async Task<Results<Ok<SnapshotDto>, ProblemHttpResult>> GetSnapshotAsync(
        string competition, int version, OddsCompilerDbContext db, CancellationToken cancellationToken)
    {
        var snapshot = await db.Snapshots.AsNoTracking().FirstOrDefaultAsync(s => s.CompetitionId == competition && s.Version == version, cancellationToken);
        return snapshot is null
            ? ApiProblems.NotFound("Snapshot", $"'{competition}' has no model version {version}.")
            : TypedResults.Ok(ToDto(snapshot, withDetails: true));
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> PutEvaluationAsync(
        string competition, int version, JsonElement evaluation, OddsCompilerDbContext db, CancellationToken cancellationToken)
    {
        var snapshot = await db.Snapshots.FirstOrDefaultAsync(s => s.CompetitionId == competition && s.Version == version, cancellationToken);
        if (snapshot is null)
        {
            return ApiProblems.NotFound("Snapshot", $"'{competition}' has no model version {version}.");
        }

        snapshot.Evaluation = evaluation.GetRawText();
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.NoContent();
    }

    private static SnapshotDto ToDto(CompetitionModelSnapshot s, bool withDetails) => new(
        s.CompetitionId, s.Version, s.ModelName, s.FittedAt, s.AsOf, s.WindowFrom, s.MatchCount, s.TeamCount, s.LogLikelihood, s.FitMilliseconds,
        withDetails ? Parse(s.Parameters) : null,
        withDetails && s.Evaluation is { } evaluation ? Parse(evaluation) : null);

    private static JsonElement Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }
}
