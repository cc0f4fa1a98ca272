using System.Globalization;
using Spectre.Console;

namespace Statistico.Cli.Evaluate;

/// <summary>Prints an <see cref="EvaluationReport"/> as Spectre.Console tables.</summary>
public static class ReportTables
{
    public static void Write(IAnsiConsole console, EvaluationReport report)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(report);
        foreach (var (league, rows) in report.Leagues)
        {
            console.Write(MatchOddsTable($"{league}, {report.FromSeason} to {report.ToSeason}", rows, report.Production));
        }

        console.Write(MatchOddsTable($"Pooled 1X2, {report.FromSeason} to {report.ToSeason}", report.Pooled, report.Production));
        console.Write(OverUnderTable(report));
        if (report.Margins.Count > 0)
        {
            console.Write(MarginsTable(report.Margins));
        }

        var dropped = report.Dropped.Sum(d => d.Count);
        console.MarkupLine(Invariant(
            $"{report.Evaluated:N0} matches predicted; {(report.Pooled.Count > 0 ? report.Pooled[0].N : 0):N0} priced by every row are pooled, {dropped:N0} dropped."));
        foreach (var reason in report.Dropped)
        {
            console.MarkupLine(Invariant($"  [yellow]{reason.Count:N0}[/] {Markup.Escape(reason.Reason)}"));
        }

        console.MarkupLine(Invariant($"O/U 2.5: {report.OverUnder25Unpriced:N0} predicted matches are not priced by every O/U row (Pinnacle's and Bet365's O/U columns start in 2019/20)."));
        // Two short lines: a console narrower than one long line would wrap it mid-figure.
        var walkForward = report.WalkForward;
        var marketInformed = walkForward.MarketInformedSeconds > 0
            ? Invariant($", market-informed stage {walkForward.MarketInformedSeconds:F2} s")
            : string.Empty;
        console.MarkupLine(Invariant($"Walk-forward {walkForward.Seconds:F2} s: goal models {walkForward.GoalModelsSeconds:F2} s{marketInformed}."));
        console.MarkupLine(Invariant($"Walk-forward CPU time {walkForward.CpuSeconds:F2} s (all cores)."));
        console.MarkupLine(Invariant($"Done in {report.ElapsedSeconds:F1} s."));
    }

    /// <summary>Skipped files and rows, printed before the tables so they are not scrolled past unseen.</summary>
    public static void WriteProblems(IAnsiConsole console, IReadOnlyList<string> problems)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(problems);
        foreach (var problem in problems)
        {
            console.MarkupLine($"[yellow]warning:[/] {Markup.Escape(problem)}");
        }
    }

    private static Table MatchOddsTable(string title, IReadOnlyList<ScoreRow> rows, string production)
    {
        var table = new Table { Title = new TableTitle(Markup.Escape(title)) };
        table.AddColumns("name", "kind");
        foreach (var numeric in new[] { "n", "RPS", "log loss", "Brier", "accuracy" })
        {
            table.AddColumn(new TableColumn(numeric).RightAligned());
        }

        foreach (var row in rows)
        {
            table.AddRow(
                Name(row.Name, production), row.Kind, Invariant($"{row.N:N0}"), Invariant($"{row.Rps:F4}"),
                Invariant($"{row.LogLoss:F4}"), Invariant($"{row.Brier:F4}"), Invariant($"{row.Accuracy:F3}"));
        }

        return table;
    }

    private static Table OverUnderTable(EvaluationReport report)
    {
        var table = new Table { Title = new TableTitle("Pooled over/under 2.5 goals") };
        table.AddColumns("name", "kind");
        table.AddColumn(new TableColumn("n").RightAligned());
        table.AddColumn(new TableColumn("log loss").RightAligned());
        table.AddColumn(new TableColumn("Brier").RightAligned());
        foreach (var row in report.OverUnder25)
        {
            table.AddRow(Name(row.Name, report.Production), row.Kind, Invariant($"{row.N:N0}"), Invariant($"{row.LogLoss:F4}"), Invariant($"{row.Brier:F4}"));
        }

        return table;
    }

    private static Table MarginsTable(IReadOnlyList<MarginRow> margins)
    {
        var table = new Table { Title = new TableTitle("Margins of victory (model − reference; negative is better), 95% paired bootstrap") };
        table.AddColumns("metric", "model", "reference", "season");
        foreach (var numeric in new[] { "n", "difference", "low", "high" })
        {
            table.AddColumn(new TableColumn(numeric).RightAligned());
        }

        foreach (var row in margins)
        {
            table.AddRow(
                Markup.Escape(row.Metric), Markup.Escape(row.Model), Markup.Escape(row.Reference), row.Season, Invariant($"{row.N:N0}"),
                Invariant($"{row.Difference:+0.00000;-0.00000}"), Invariant($"{row.Low:+0.00000;-0.00000}"), Invariant($"{row.High:+0.00000;-0.00000}"));
        }

        return table;
    }

    private static string Name(string name, string production) =>
        name == production ? $"[bold]{Markup.Escape(name)}[/] (production)" : Markup.Escape(name);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
