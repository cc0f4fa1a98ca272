using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
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

    private const int ProblemsShown = 50;

    public static Command Create(IAnsiConsole console, Func<Uri, HttpClient> httpFactory)
    {
        var path = new Option<string>("--path") { Description = "A folder (E0/2021-22.csv layout), a file, a file URL, or the site's base URL (with --seasons and --divisions).", Required = true };
        var service = new Option<string?>("--service") { Description = $"The Football Data service (default: $STATISTICO_FOOTBALLDATA_URL or {DefaultServiceUrl})." };
        var seasons = new Option<string?>("--seasons") { Description = "For a base URL: the site's season folders, e.g. 2021,2122." };
        var divisions = new Option<string?>("--divisions") { Description = "For a base URL: division codes, e.g. E0,E1." };
        var command = new Command("football-data", "Import football-data.co.uk season files (idempotent: a re-run changes nothing).")
        {
            path, service, seasons, divisions,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var serviceUrl = parse.GetValue(service) ?? Environment.GetEnvironmentVariable("STATISTICO_FOOTBALLDATA_URL") ?? DefaultServiceUrl;
            if (!Uri.TryCreate(serviceUrl.EndsWith('/') ? serviceUrl : serviceUrl + "/", UriKind.Absolute, out var serviceUri))
            {
                console.MarkupLine($"[red]error:[/] --service '{Markup.Escape(serviceUrl)}' is not a URL.");
                return 2;
            }

            using var http = httpFactory(serviceUri);
            IReadOnlyList<CsvFile> files;
            try
            {
                files = FootballDataCoUkLocation.Resolve(parse.GetValue(path)!, http, Split(parse.GetValue(seasons)), Split(parse.GetValue(divisions)));
            }
            catch (ArgumentException exception)
            {
                console.MarkupLine($"[red]error:[/] {Markup.Escape(exception.Message)}");
                return 2;
            }

            return await RunAsync(console, new FootballDataClient(http), files, cancellationToken);
        });
        return command;
    }

    private static async Task<int> RunAsync(IAnsiConsole console, FootballDataClient client, IReadOnlyList<CsvFile> files, CancellationToken cancellationToken)
    {
        if (files.Count == 0)
        {
            console.MarkupLine("[red]error:[/] no .csv files there.");
            return 2;
        }

        var clock = Stopwatch.StartNew();
        var totals = new ImportTotals();
        string? fatal = null;
        await console.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask("importing", maxValue: files.Count);
                foreach (var file in files)
                {
                    task.Description = Markup.Escape(file.Name);
                    try
                    {
                        await using var stream = await file.OpenAsync(cancellationToken);
                        totals.Add(await client.ImportFootballDataCoUkAsync(file.Name, stream, cancellationToken));
                    }
                    catch (FootballDataApiException exception)
                    {
                        totals.Fail(file.Name, exception.Message);
                    }
                    catch (HttpRequestException exception) when (exception.StatusCode is null)
                    {
                        // The service (not a file URL) is unreachable: every further file would fail the same way.
                        fatal = exception.Message;
                        return;
                    }
                    catch (Exception exception) when (exception is IOException or HttpRequestException)
                    {
                        totals.Fail(file.Name, exception.Message);
                    }

                    task.Increment(1);
                }
            });

        if (fatal is not null)
        {
            console.MarkupLine($"[red]error:[/] the Football Data service did not answer ({Markup.Escape(fatal)}); is it running (./scripts/run.sh)?");
            return 1;
        }

        Write(console, totals, clock.Elapsed);
        return totals.FailedFiles == 0 ? 0 : 1;
    }

    private static void Write(IAnsiConsole console, ImportTotals totals, TimeSpan elapsed)
    {
        var table = new Table().AddColumns("files", "rows", "new", "changed", "unchanged", "problems", "seconds");
        table.AddRow(
            Cell(totals.Files), Cell(totals.Rows), Cell(totals.Inserted), Cell(totals.Updated), Cell(totals.Unchanged),
            Cell(totals.Problems.Count), elapsed.TotalSeconds.ToString("F1", CultureInfo.InvariantCulture));
        console.Write(table);
        foreach (var problem in totals.Problems.Take(ProblemsShown))
        {
            console.MarkupLine($"[yellow]problem:[/] {Markup.Escape(problem)}");
        }

        if (totals.Problems.Count > ProblemsShown)
        {
            console.MarkupLine($"… and {totals.Problems.Count - ProblemsShown} more (GET /api/imports lists every run with its problems).");
        }
    }

    private static string Cell(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string[] Split(string? list) =>
        list?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];
}
