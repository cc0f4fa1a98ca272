namespace Statistico.FootballDataFiles;

/// <summary>Something wrong with the input that was skipped rather than fatal: a missing file, a bad row.</summary>
/// <param name="Path">The file (or folder) concerned.</param>
/// <param name="Line">1-based line number in the file, when the problem is one row.</param>
/// <param name="Message">What is wrong and what was done about it.</param>
public sealed record DataProblem(string Path, int? Line, string Message)
{
    /// <summary>The compiler-style "path:line: message" form editors can jump to.</summary>
    public override string ToString() => Line is { } line ? $"{Path}:{line}: {Message}" : $"{Path}: {Message}";
}
