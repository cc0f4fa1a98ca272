using System.CommandLine;
using Spectre.Console;
using Statistico.FootballDataFiles;

namespace Statistico.Cli.Import;

/// <summary>
/// <c>statistico import odds --path</c>: sends football-data.co.uk files to the Odds Checker's backfill, which publishes
/// their Pinnacle closing and pre-closing prices for the fixtures it tracks (import the results first with
/// <c>statistico import football-data</c>, so the checker knows the fixtures). A re-run publishes nothing new.
/// </summary>
public static class ImportOddsCommand
{
    /// <summary>The checker's URL when neither --service nor STATISTICO_ODDSCHECKER_URL says otherwise (the AppHost's port).</summary>
    public const string DefaultServiceUrl = "http://localhost:5140/";

    private static readonly ImportTarget Target = new(
        "odds", "Backfill historical prices (Pinnacle closing and pre-closing) from football-data.co.uk files.",
        "the Odds Checker", "STATISTICO_ODDSCHECKER_URL", DefaultServiceUrl);

    public static Command Create(IAnsiConsole console, Func<Uri, HttpClient> httpFactory) =>
        ImportFiles.CreateCommand<OddsBackfillTotals>(console, httpFactory, Target, http =>
        {
            var client = new OddsCheckerClient(http);
            return async (file, stream, totals, cancellationToken) =>
            {
                // The checker needs the competition and season the file's name gives, read as Football Data reads them.
                if (FootballDataCoUkFileName.Division(file.Name) is not { } division || FootballDataCoUkFileName.SeasonStartYear(file.Name) is not { } season)
                {
                    totals.Fail(file.Name, "its name gives no division and season (name files like E0/2021-22.csv)");
                    return;
                }

                totals.Add(file.Name, await client.BackfillFootballDataAsync(division, season, stream, cancellationToken));
            };
        });
}
