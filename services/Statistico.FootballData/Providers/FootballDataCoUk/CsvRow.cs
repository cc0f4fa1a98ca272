namespace Statistico.FootballData.Providers.FootballDataCoUk;

/// <summary>One line of a football-data.co.uk file, read by header name (the column set changes between seasons).</summary>
internal sealed class CsvRow(IReadOnlyDictionary<string, int> columns, string[] fields, int line)
{
    public int Line { get; } = line;

    public bool IsBlank => fields.All(string.IsNullOrWhiteSpace);

    public bool Has(string column) => columns.ContainsKey(column);

    /// <summary>The trimmed cell, or empty when the column is missing or the row is short.</summary>
    public string Text(string column) =>
        columns.TryGetValue(column, out var index) && index < fields.Length ? fields[index].Trim() : string.Empty;
}
