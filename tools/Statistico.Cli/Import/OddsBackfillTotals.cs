using System.Globalization;
using Spectre.Console;

namespace Statistico.Cli.Import;

/// <summary>The sums of every file's backfill report.</summary>
internal sealed class OddsBackfillTotals : IImportTotals
{
    public int Files { get; private set; }

    public int FailedFiles { get; private set; }

    public int Rows { get; private set; }

    public int Matched { get; private set; }

    public SortedDictionary<string, int> Published { get; } = new(StringComparer.Ordinal);

    public List<string> Problems { get; } = [];

    public void Add(string file, OddsBackfillReport report)
    {
        Files++;
        Rows += report.Rows;
        Matched += report.Matched;
        foreach (var (source, markets) in report.Published)
        {
            Published[source] = Published.GetValueOrDefault(source) + markets;
        }

        Problems.AddRange(report.Unmatched.Select(u => $"{file}:{u.Line}: {u.HomeTeam} v {u.AwayTeam} on {u.Date:yyyy-MM-dd}: {u.Reason}"));
        Problems.AddRange(report.Problems);
    }

    public void Fail(string file, string reason)
    {
        Files++;
        FailedFiles++;
        Problems.Add($"{file}: not backfilled: {reason}");
    }

    public void Write(IAnsiConsole console, TimeSpan elapsed)
    {
        var table = new Table().AddColumns("files", "rows", "matched", "markets published", "problems", "seconds");
        var published = Published.Count == 0 ? "0" : string.Join(", ", Published.Select(p => $"{p.Key} {p.Value}"));
        table.AddRow(
            Cell(Files), Cell(Rows), Cell(Matched), Markup.Escape(published), Cell(Problems.Count),
            elapsed.TotalSeconds.ToString("F1", CultureInfo.InvariantCulture));
        console.Write(table);
        ImportFiles.WriteProblems(console, Problems, "GET /api/unmatched?source=football-data lists the unmatched rows");
    }

    private static string Cell(int value) => value.ToString(CultureInfo.InvariantCulture);
}
