namespace Statistico.FootballDataFiles;

/// <summary>The usable rows of one file and what was wrong with the rest.</summary>
public sealed record FootballDataFileContents(IReadOnlyList<FootballDataMatch> Matches, IReadOnlyList<DataProblem> Problems);
