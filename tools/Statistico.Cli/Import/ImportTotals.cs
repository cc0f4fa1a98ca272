using System.Globalization;
using Spectre.Console;
using Statistico.FootballData.Client;

namespace Statistico.Cli.Import;

/// <summary>The sums of every file's import report.</summary>
internal sealed class ImportTotals : IImportTotals
{
    public int Files { get; private set; }

    public int FailedFiles { get; private set; }

    public int Rows { get; private set; }

    public int Inserted { get; private set; }

    public int Updated { get; private set; }

    public int Unchanged { get; private set; }

    public List<string> Problems { get; } = [];

    public void Add(ImportReport report)
    {
        Files++;
        Rows += report.Rows;
        Inserted += report.Inserted;
        Updated += report.Updated;
        Unchanged += report.Unchanged;
        Problems.AddRange(report.Problems.Select(p => p.ToString()));
    }

    public void Fail(string file, string reason)
    {
        Files++;
        FailedFiles++;
        Problems.Add($"{file}: not imported: {reason}");
    }

    public void Write(IAnsiConsole console, TimeSpan elapsed)
    {
        var table = new Table().AddColumns("files", "rows", "new", "changed", "unchanged", "problems", "seconds");
        table.AddRow(
            Cell(Files), Cell(Rows), Cell(Inserted), Cell(Updated), Cell(Unchanged),
            Cell(Problems.Count), elapsed.TotalSeconds.ToString("F1", CultureInfo.InvariantCulture));
        console.Write(table);
        ImportFiles.WriteProblems(console, Problems, "GET /api/imports lists every run with its problems");
    }

    private static string Cell(int value) => value.ToString(CultureInfo.InvariantCulture);
}
