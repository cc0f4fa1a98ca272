namespace Statistico.FootballDataFiles;

/// <summary>Every usable row of one file, played or still to play, and what was wrong with the rest.</summary>
public sealed record FootballDataFixtures(IReadOnlyList<FootballDataFixture> Fixtures, IReadOnlyList<DataProblem> Problems);
