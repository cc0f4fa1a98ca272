using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Statistico.FootballData.Client;
using Statistico.FootballData.Data;
using Statistico.FootballData.Providers;
using Statistico.FootballData.Providers.FootballDataCoUk;
using Statistico.Messaging.Outbox;

namespace Statistico.FootballData.Apis;

internal static class ImportsApi
{
    private const int MaxRuns = 200;

    public static IEndpointRouteBuilder MapImportsApi(this IEndpointRouteBuilder app)
    {
        var imports = app.MapGroup("/api/imports").WithTags("Imports");
        imports.MapPost("/football-data-co-uk", ImportCsvAsync).WithName("ImportFootballDataCoUkFile")
            .WithSummary("Import one football-data.co.uk season file (the body, text/csv); name it like E0/2021-22.csv.")
            .Accepts<string>("text/csv");
        imports.MapGet("/", GetRunsAsync).WithName("GetImportRuns").WithSummary("Recent imports, newest first (problems counted).");
        imports.MapGet("/{id:guid}", GetRunAsync).WithName("GetImportRun").WithSummary("One import with every problem located.");

        var providers = app.MapGroup("/api/providers").WithTags("Imports");
        providers.MapGet("/", (ProviderCatalog catalog) => TypedResults.Ok(catalog.Names.Order(StringComparer.Ordinal).ToList()))
            .WithName("GetProviders").WithSummary("The configured providers.");
        providers.MapPost("/{name}/runs", RunProviderAsync).WithName("RunProvider")
            .WithSummary("Run a provider now for fixtures, results or statistics (as its schedule would).");
        providers.MapGet("/{name}/history", GetHistoryAsync).WithName("GetProviderHistory")
            .WithSummary("The provider's history backfill per league: its range, how far it has come, when it finished.");
        return app;
    }

    /// <param name="request">The upload.</param>
    /// <param name="ingestion">The ingestion path.</param>
    /// <param name="name">The file's name, which carries its division and season (E0/2021-22.csv or …/mmz4281/2122/E0.csv).</param>
    /// <param name="relayHold">Holds this process's outbox relay back during the upload (a backfill).</param>
    /// <param name="cancellationToken">Request aborted.</param>
    private static async Task<Results<Ok<ImportReport>, ValidationProblem>> ImportCsvAsync(
        HttpRequest request, ProviderIngestion ingestion, [FromQuery] string? name, OutboxRelayHold relayHold, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return ApiProblems.Invalid(nameof(name), "name the file (e.g. ?name=E0/2021-22.csv): problems are reported against it.");
        }

        // An upload is a backfill: its events are committed with its rows and delivered once the uploads stop, rather
        // than the relay competing with the import for the CPU (ADR 22, docs/benchmarks.md).
        using var held = relayHold.Hold();

        // Kestrel forbids synchronous reads of the body; a season file is a few hundred kilobytes, so buffer it first.
        using var content = new MemoryStream();
        await request.Body.CopyToAsync(content, cancellationToken);
        content.Position = 0;
        var batch = FootballDataCoUkProvider.Read(ProviderOptions.FootballDataCoUk, name, content);
        return TypedResults.Ok(await ingestion.IngestAsync(batch, Ingestion.UnknownTeamPolicy.Create, cancellationToken));
    }

    private static async Task<Results<Ok<List<ImportReport>>, ValidationProblem>> GetRunsAsync(
        FootballDataDbContext db, CancellationToken cancellationToken, int limit = 20)
    {
        if (limit is < 1 or > MaxRuns)
        {
            return ApiProblems.Invalid(nameof(limit), $"limit must be between 1 and {MaxRuns}.");
        }

        var runs = await db.ImportRuns.AsNoTracking().OrderByDescending(r => r.StartedAt).Take(limit).ToListAsync(cancellationToken);
        return TypedResults.Ok(runs.Select(ToReport).ToList());
    }

    private static async Task<Results<Ok<ImportReport>, ProblemHttpResult>> GetRunAsync(Guid id, FootballDataDbContext db, CancellationToken cancellationToken) =>
        await db.ImportRuns.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, cancellationToken) is { } run
            ? TypedResults.Ok(ToReport(run))
            : ApiProblems.NotFound("Import", $"No import has id {id}.");

    private static async Task<Results<Ok<IReadOnlyList<ImportReport>>, ValidationProblem, ProblemHttpResult>> RunProviderAsync(
        string name, ProviderCatalog catalog, ProviderIngestion ingestion, CancellationToken cancellationToken, string kind = "results")
    {
        if (!Enum.TryParse<IngestionKind>(kind, ignoreCase: true, out var parsed) || int.TryParse(kind, out _))
        {
            return ApiProblems.Invalid(nameof(kind), "kind must be fixtures, results, statistics or history.");
        }

        if (catalog.Find(name) is not { } provider)
        {
            return ApiProblems.NotFound("Provider", $"No enabled provider is named '{name}'.");
        }

        return TypedResults.Ok(await ingestion.RunAsync(provider, parsed, cancellationToken));
    }

    private static async Task<Ok<List<HistoryBackfillRow>>> GetHistoryAsync(string name, FootballDataDbContext db, CancellationToken cancellationToken) =>
        TypedResults.Ok(await db.HistoryBackfills.AsNoTracking().Where(h => h.Provider == name).OrderBy(h => h.LeagueId).ToListAsync(cancellationToken));

    private static ImportReport ToReport(ImportRun run) =>
        new(run.Id, run.Source, run.Name, run.Rows, run.Inserted, run.Updated, run.Unchanged, run.Problems);
}
