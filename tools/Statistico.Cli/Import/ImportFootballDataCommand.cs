using System.CommandLine;
using Spectre.Console;
using Statistico.FootballData.Client;

namespace Statistico.Cli.Import;

/// <summary>
/// <c>statistico import football-data --path</c>: sends football-data.co.uk files (a folder, a file or URLs) to the
/// Football Data service, which parses and stores them through the same code path as its scheduled provider.
/// </summary>
public static class ImportFootballDataCommand
{
    /// <summary>The service URL when neither --service nor STATISTICO_FOOTBALLDATA_URL says otherwise (the AppHost's port).</summary>
    public const string DefaultServiceUrl = "http://localhost:5101/";

    private static readonly ImportTarget Target = new(
        "football-data", "Import football-data.co.uk season files (idempotent: a re-run changes nothing).",
        "the Football Data service", "STATISTICO_FOOTBALLDATA_URL", DefaultServiceUrl);

    public static Command Create(IAnsiConsole console, Func<Uri, HttpClient> httpFactory) =>
        ImportFiles.CreateCommand<ImportTotals>(console, httpFactory, Target, http =>
        {
            var client = new FootballDataClient(http);
            return async (file, stream, totals, cancellationToken) => totals.Add(await client.ImportFootballDataCoUkAsync(file.Name, stream, cancellationToken));
        });
}
