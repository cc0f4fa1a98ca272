using System.CommandLine;
using System.Diagnostics;
using Spectre.Console;
using Statistico.FootballDataFiles;

namespace Statistico.Cli.Evaluate;

/// <summary>
/// <c>statistico evaluate</c>: weekly walk-forward of goal models over football-data.co.uk files,
/// scored against the bookmakers (issue 5, item 7).
/// </summary>
public static class EvaluateCommand
{
    /// <summary>Exit code for bad options or no usable data.</summary>
    public const int UsageError = 2;

    /// <summary>The Odds Compiler's URL when --compiler is not given (unset: metrics are not stored).</summary>
    public const string CompilerUrlVariable = "STATISTICO_ODDSCOMPILER_URL";

    public static Command Create(IAnsiConsole console, Func<Uri, HttpClient> httpFactory)
    {
        var data = new Option<DirectoryInfo>("--data") { Description = "Folder in the <LEAGUE>/<SEASON>.csv layout (e.g. E0/2019-20.csv).", Required = true };
        var leagues = new Option<string?>("--leagues") { Description = "Comma-separated league codes, e.g. E0,D1 (default: every league found)." };
        var fromSeason = new Option<string?>("--from-season") { Description = "First evaluated season, e.g. 2015-16; earlier files are training history only (default: the fourth season found)." };
        var toSeason = new Option<string?>("--to-season") { Description = "Last season read and evaluated (default: the last one found)." };
        var model = new Option<string>("--model")
        {
            Description = $"Model name, comma-separated names, or 'all': {ModelCatalogue.ProductionAlias}, {string.Join(", ", ModelCatalogue.Names)}.",
            DefaultValueFactory = _ => ModelCatalogue.ProductionAlias,
        };
        var json = new Option<FileInfo?>("--json") { Description = "Also write the report as JSON to this file." };
        var windowDays = new Option<int>("--window-days")
        {
            Description = "Training window of each weekly refit, in days (default three seasons).",
            DefaultValueFactory = _ => EvaluationSettings.DefaultWindowDays,
        };

        var compiler = new Option<string?>("--compiler")
        {
            Description = $"Store each league's metrics on its latest model snapshot in this Odds Compiler (default: ${CompilerUrlVariable}; unset: not stored).",
        };

        var command = new Command("evaluate", "Walk-forward evaluation of goal models against the closing line.")
        {
            data, leagues, fromSeason, toSeason, model, json, windowDays, compiler,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            SeasonName? from = null, to = null;
            IReadOnlyList<string> models;
            Uri? compilerUri = null;
            try
            {
                if ((parse.GetValue(compiler) ?? Environment.GetEnvironmentVariable(CompilerUrlVariable)) is { Length: > 0 } url)
                {
                    compilerUri = Uri.TryCreate(url.EndsWith('/') ? url : url + "/", UriKind.Absolute, out var parsed)
                        ? parsed
                        : throw new ArgumentException($"--compiler '{url}' is not a URL.");
                }

                from = ParseSeason(parse.GetValue(fromSeason));
                to = ParseSeason(parse.GetValue(toSeason));
                models = ModelCatalogue.Resolve(parse.GetValue(model));
                if (parse.GetValue(windowDays) < 1)
                {
                    throw new ArgumentException("--window-days must be at least 1.");
                }
            }
            catch (Exception e) when (e is FormatException or ArgumentException)
            {
                console.MarkupLine($"[red]error:[/] {Markup.Escape(e.Message)}");
                return UsageError;
            }

            var leagueList = parse.GetValue(leagues)?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var settings = new EvaluationSettings(models, from, parse.GetValue(windowDays));
            var evaluated = await RunAsync(console, parse.GetValue(data)!.FullName, leagueList, to, settings, parse.GetValue(json)?.FullName, cancellationToken)
                .ConfigureAwait(false);
            if (evaluated.Code != 0 || compilerUri is null)
            {
                return evaluated.Code;
            }

            using var http = httpFactory(compilerUri);
            return await EvaluationUpload.RunAsync(console, new CompilerEvaluationClient(http), evaluated.Report!, DateTimeOffset.UtcNow, cancellationToken)
                .ConfigureAwait(false);
        });
        return command;
    }

    /// <summary>
    /// <see cref="FootballDataFolder.Load"/> one league per core, merged in league order: the same set and problems as
    /// one call, in half the time on two cores (reading 60 files was a sixth of a Dixon–Coles run; issue 21).
    /// </summary>
    private static FootballDataSet LoadLeaguesInParallel(string folder, IReadOnlyList<string>? leagues, SeasonName? to)
    {
        if (!Directory.Exists(folder))
        {
            return FootballDataFolder.Load(folder, leagues, to);
        }

        var names = leagues ?? FootballDataFolder.Leagues(folder);
        var parts = new FootballDataSet[names.Count];
        Parallel.For(0, names.Count, i => parts[i] = FootballDataFolder.Load(folder, [names[i]], to));
        var merged = new SortedDictionary<string, IReadOnlyList<FootballDataMatch>>(StringComparer.Ordinal);
        foreach (var part in parts)
        {
            foreach (var (league, matches) in part.Leagues)
            {
                merged[league] = matches;
            }
        }

        return new FootballDataSet(merged, [.. parts.SelectMany(p => p.Problems)]);
    }

    private static async Task<(int Code, EvaluationReport? Report)> RunAsync(
        IAnsiConsole console, string folder, IReadOnlyList<string>? leagues, SeasonName? to, EvaluationSettings settings, string? jsonPath, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var data = LoadLeaguesInParallel(folder, leagues, to);
        ReportTables.WriteProblems(console, [.. data.Problems.Select(p => p.ToString())]);
        if (data.Leagues.Count == 0)
        {
            console.MarkupLine("[red]error:[/] no league could be read.");
            return (UsageError, null);
        }

        EvaluationReport? report = null;
        await console.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask($"walk-forward ({string.Join(", ", settings.Models)})", maxValue: EvaluationRunner.JobCount(data, settings));
                // The fits are CPU-bound; run them off the thread that redraws the progress bar.
                report = await Task.Run(() => EvaluationRunner.Run(data, settings, (_, _) => task.Increment(1), cancellationToken), cancellationToken)
                    .ConfigureAwait(false);
            }).ConfigureAwait(false);

        report = report! with { ElapsedSeconds = clock.Elapsed.TotalSeconds };
        ReportTables.WriteProblems(console, [.. report.Problems.Skip(data.Problems.Count)]);
        if (report.Leagues.Count == 0)
        {
            console.MarkupLine("[red]error:[/] nothing to evaluate.");
            return (UsageError, null);
        }

        ReportTables.Write(console, report);
        if (jsonPath is not null)
        {
            await ReportJson.WriteAsync(jsonPath, report, cancellationToken).ConfigureAwait(false);
            console.MarkupLine($"JSON written to {Markup.Escape(jsonPath)}");
        }

        return (0, report);
    }

    private static SeasonName? ParseSeason(string? text) => text is null ? null : SeasonName.Parse(text);
}
