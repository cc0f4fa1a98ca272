using Microsoft.AspNetCore.Http.HttpResults;
using Statistico.FootballDataFiles;
using Statistico.OddsChecker.Backfills;

namespace Statistico.OddsChecker.Apis;

/// <summary>Backfills of historical prices: a football-data.co.uk season file uploaded as the request body.</summary>
internal static class BackfillsApi
{
    public static IEndpointRouteBuilder MapBackfillsApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/backfills/football-data", RunAsync)
            .WithTags("Backfills")
            .WithSummary("Publish the Pinnacle closing and pre-closing prices of a football-data.co.uk file (text/csv body) for the "
                + "competition's tracked fixtures; rows no fixture matches are reported; a re-run publishes nothing new.")
            .Accepts<string>("text/csv");
        return app;
    }

    private static async Task<Results<Ok<BackfillReport>, ValidationProblem, ProblemHttpResult>> RunAsync(
        HttpRequest request, HistoricalPricesBackfill backfill, string? competition, string? season, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(competition) || competition.Length > 16)
        {
            errors["competition"] = ["The Statistico competition id of the file's fixtures (e.g. E0), 1 to 16 characters, is required."];
        }

        if (!SeasonName.TryParse(season, out var seasonName))
        {
            errors["season"] = ["The file's season, e.g. 2021-22, is required."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        using var body = new StreamReader(request.Body);
        var text = await body.ReadToEndAsync(cancellationToken);
        using var csv = new StringReader(text);
        var file = FootballDataFileReader.Read(csv, "upload", competition!, seasonName);
        if (file.Matches.Count == 0)
        {
            // A file with no usable row is a bad upload (no header, missing columns), not an empty backfill.
            var why = file.Problems.Count > 0 ? string.Join("; ", file.Problems.Take(5)) : "the body holds no match rows";
            return TypedResults.Problem(title: "Not a football-data.co.uk file", detail: why, statusCode: StatusCodes.Status400BadRequest);
        }

        return TypedResults.Ok(await backfill.RunAsync(file, competition!, cancellationToken));
    }
}
