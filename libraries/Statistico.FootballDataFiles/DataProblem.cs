using System.Globalization;

namespace Statistico.FootballDataFiles;

/// <summary>
/// Why a file, a row, a cell or a request could not be taken as it was, and exactly where. The one problem type of
/// football data: the readers report it, Football Data stores it with an import run and returns it over HTTP (so
/// the property names are also its JSON and stored shape and must not change).
/// </summary>
/// <param name="Location">The file name, path or URL (with page) the problem is in.</param>
/// <param name="Line">1-based line of a file, when the problem is in one line.</param>
/// <param name="Column">The column (header name or field), when one cell is at fault.</param>
/// <param name="Reason">What is wrong and what was done about it.</param>
public sealed record DataProblem(string Location, int? Line, string? Column, string Reason)
{
    /// <summary>The compiler-style "location:line: column X: reason" form editors can jump to.</summary>
    public override string ToString()
    {
        var where = Line is { } line ? string.Create(CultureInfo.InvariantCulture, $"{Location}:{line}") : Location;
        return Column is null ? $"{where}: {Reason}" : $"{where}: column {Column}: {Reason}";
    }
}
