namespace Statistico.FootballDataFiles;

/// <summary>Every league's matches read from a data folder, in date order, and the problems met on the way.</summary>
/// <param name="Leagues">League code → its matches over all seasons read, in date order.</param>
/// <param name="Problems">Missing files and skipped rows, in the order met.</param>
public sealed record FootballDataSet(
    IReadOnlyDictionary<string, IReadOnlyList<FootballDataMatch>> Leagues, IReadOnlyList<DataProblem> Problems);
