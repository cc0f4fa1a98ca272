using System.CommandLine;
using System.Diagnostics;
using Spectre.Console;
using Statistico.FootballData.Client;
using Statistico.FootballDataFiles;

namespace Statistico.Cli.Import;

/// <summary>What every <c>statistico import</c> command does the same way: options, the service URL, the files, the progress bar.</summary>
internal static class ImportFiles
{
    /// <summary>
    /// A <c>statistico import</c> subcommand: <c>--path</c> (with <c>--seasons</c>/<c>--divisions</c> for the site's base
    /// URL) and <c>--service</c>; each file goes to <paramref name="target"/> through the sender made for its HTTP client.
    /// Exit 0 when every file went, 1 when a file failed or the service did not answer, 2 for bad arguments.
    /// </summary>
    public static Command CreateCommand<TTotals>(
        IAnsiConsole console, Func<Uri, HttpClient> httpFactory, ImportTarget target, Func<HttpClient, Func<CsvFile, Stream, TTotals, CancellationToken, Task>> sender)
        where TTotals : IImportTotals, new()
    {
        var path = new Option<string>("--path") { Description = "A folder (E0/2021-22.csv layout), a file, a file URL, or the site's base URL (with --seasons and --divisions).", Required = true };
        var service = new Option<string?>("--service") { Description = $"{target.ServiceName} (default: ${target.EnvironmentVariable} or {target.DefaultUrl})." };
        var seasons = new Option<string?>("--seasons") { Description = "For a base URL: the site's season folders, e.g. 2021,2122." };
        var divisions = new Option<string?>("--divisions") { Description = "For a base URL: division codes, e.g. E0,E1." };
        var command = new Command(target.CommandName, target.Description) { path, service, seasons, divisions };
        command.SetAction(async (parse, cancellationToken) =>
        {
            if (ServiceUri(console, parse.GetValue(service), target.EnvironmentVariable, target.DefaultUrl) is not { } serviceUri)
            {
                return 2;
            }

            using var http = httpFactory(serviceUri);
            if (Resolve(console, parse, path, seasons, divisions, http) is not { } files)
            {
                return 2;
            }

            var send = sender(http);
            var clock = Stopwatch.StartNew();
            var totals = new TTotals();
            var fatal = await SendEachAsync(
                console, files, (file, stream) => send(file, stream, totals, cancellationToken), (file, reason) => totals.Fail(file.Name, reason), cancellationToken);
            if (fatal is not null)
            {
                console.MarkupLine($"[red]error:[/] {Markup.Escape(target.ServiceName)} did not answer ({Markup.Escape(fatal)}); is it running (./scripts/run.sh)?");
                return 1;
            }

            totals.Write(console, clock.Elapsed);
            return totals.FailedFiles == 0 ? 0 : 1;
        });
        return command;
    }

    /// <summary>The service's base URL from the option, else the environment variable, else the default; null (reported) when it is not a URL.</summary>
    private static Uri? ServiceUri(IAnsiConsole console, string? option, string environmentVariable, string defaultUrl)
    {
        var url = option ?? Environment.GetEnvironmentVariable(environmentVariable) ?? defaultUrl;
        if (Uri.TryCreate(url.EndsWith('/') ? url : url + "/", UriKind.Absolute, out var uri))
        {
            return uri;
        }

        console.MarkupLine($"[red]error:[/] --service '{Markup.Escape(url)}' is not a URL.");
        return null;
    }

    /// <summary>The files <c>--path</c> names; null (reported) when there are none or the path is not usable.</summary>
    private static IReadOnlyList<CsvFile>? Resolve(IAnsiConsole console, ParseResult parse, Option<string> path, Option<string?> seasons, Option<string?> divisions, HttpClient http)
    {
        IReadOnlyList<CsvFile> files;
        try
        {
            files = FootballDataCoUkLocation.Resolve(parse.GetValue(path)!, http, Split(parse.GetValue(seasons)), Split(parse.GetValue(divisions)));
        }
        catch (ArgumentException exception)
        {
            console.MarkupLine($"[red]error:[/] {Markup.Escape(exception.Message)}");
            return null;
        }

        if (files.Count == 0)
        {
            console.MarkupLine("[red]error:[/] no .csv files there.");
            return null;
        }

        return files;
    }

    /// <summary>
    /// Sends each file under a progress bar. A service error or an unreadable file costs that file only
    /// (<paramref name="fail"/>); an unreachable service stops the run, and its message is returned.
    /// </summary>
    private static async Task<string?> SendEachAsync(
        IAnsiConsole console, IReadOnlyList<CsvFile> files, Func<CsvFile, Stream, Task> send, Action<CsvFile, string> fail, CancellationToken cancellationToken)
    {
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
                        await send(file, stream);
                    }
                    catch (HttpRequestException exception) when (exception.StatusCode is null)
                    {
                        // The service (not a file URL) is unreachable: every further file would fail the same way.
                        fatal = exception.Message;
                        return;
                    }
                    catch (Exception exception) when (exception is FootballDataApiException or IOException or HttpRequestException)
                    {
                        fail(file, exception.Message);
                    }

                    task.Increment(1);
                }
            });
        return fatal;
    }

    /// <summary>The first problems of a run, then how many more and where to find them all.</summary>
    public static void WriteProblems(IAnsiConsole console, IReadOnlyList<string> problems, string whereAll)
    {
        const int shown = 50;
        foreach (var problem in problems.Take(shown))
        {
            console.MarkupLine($"[yellow]problem:[/] {Markup.Escape(problem)}");
        }

        if (problems.Count > shown)
        {
            console.MarkupLine($"… and {problems.Count - shown} more ({Markup.Escape(whereAll)}).");
        }
    }

    private static string[] Split(string? list) =>
        list?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];
}
