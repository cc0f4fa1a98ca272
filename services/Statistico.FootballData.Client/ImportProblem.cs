using System.Globalization;

namespace Statistico.FootballData.Client;

/// <summary>Why a row, a cell, a file or a request could not be taken as it was, and exactly where.</summary>
/// <param name="Location">The file name or URL (with page) the problem is in.</param>
/// <param name="Line">1-based line of a file, when the problem is in one line.</param>
/// <param name="Column">The column (header name or field), when one cell is at fault.</param>
/// <param name="Reason">What is wrong and what happened to the row.</param>
public sealed record ImportProblem(string Location, int? Line, string? Column, string Reason)
{
    public override string ToString()
    {
        var where = Line is { } line ? string.Create(CultureInfo.InvariantCulture, $"{Location}:{line}") : Location;
        return Column is null ? $"{where}: {Reason}" : $"{where}: column {Column}: {Reason}";
    }
}
