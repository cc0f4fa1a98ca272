using System.Globalization;

namespace Statistico.FootballDataFiles;

/// <summary>
/// One data line split into cells, looked up by header name because the column set changes from
/// season to season. Cells past the end of a short line read as empty, i.e. missing.
/// </summary>
internal sealed class CsvCells(IReadOnlyDictionary<string, int> columns, string[] cells, int line)
{
    /// <summary>1-based line of the row in its file.</summary>
    public int Line { get; } = line;

    /// <summary>True when every cell is empty: football-data files end some seasons with such rows.</summary>
    public bool IsBlank => cells.All(string.IsNullOrWhiteSpace);

    /// <summary>The trimmed cell, or empty when the column is missing or the row is short.</summary>
    public string Text(string column) =>
        columns.TryGetValue(column, out var index) && index < cells.Length ? cells[index].Trim() : string.Empty;

    /// <summary>A number, null when the cell is empty or absent; <paramref name="valid"/> is false for unparseable text.</summary>
    public double? Number(string column, out bool valid)
    {
        var text = Text(column);
        valid = true;
        if (text.Length == 0)
        {
            return null;
        }

        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value))
        {
            return value;
        }

        valid = false;
        return null;
    }
}
