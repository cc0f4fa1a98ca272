using Spectre.Console;

namespace Statistico.Cli.Evaluate;

/// <summary>
/// Stores each evaluated competition's metrics on its latest model snapshot in the Odds Compiler. A competition the
/// compiler has no model for is reported and skipped; one failure never stops the others.
/// </summary>
public static class EvaluationUpload
{
    /// <summary>Exit code when the evaluation ran but the compiler could not be reached or refused an upload.</summary>
    public const int UploadFailed = 3;

    /// <summary>Uploads and prints one line per competition; returns 0, or <see cref="UploadFailed"/> when any upload failed.</summary>
    public static async Task<int> RunAsync(IAnsiConsole console, CompilerEvaluationClient compiler, EvaluationReport report, DateTimeOffset evaluatedAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(compiler);
        ArgumentNullException.ThrowIfNull(report);
        var failed = false;
        foreach (var (competition, rows) in report.Leagues)
        {
            var evaluation = new SnapshotEvaluation(
                report.Production, competition, report.FromSeason, report.ToSeason, report.WindowDays, evaluatedAt,
                rows.FirstOrDefault(r => r.Name == report.Production), rows);
            try
            {
                if (await compiler.GetLatestVersionAsync(competition, cancellationToken).ConfigureAwait(false) is not { } version)
                {
                    console.MarkupLine($"[yellow]warning:[/] the compiler has no model for {Markup.Escape(competition)}; its metrics were not stored.");
                    continue;
                }

                if (!await compiler.PutAsync(competition, version, evaluation, cancellationToken).ConfigureAwait(false))
                {
                    console.MarkupLine($"[yellow]warning:[/] {Markup.Escape(competition)} model v{version} disappeared before its metrics were stored.");
                    continue;
                }

                console.MarkupLine($"stored {Markup.Escape(competition)} metrics on model v{version}");
            }
            catch (HttpRequestException exception)
            {
                failed = true;
                console.MarkupLine($"[red]error:[/] storing {Markup.Escape(competition)} metrics failed: {Markup.Escape(exception.Message)}");
            }
        }

        return failed ? UploadFailed : 0;
    }
}
