namespace Statistico.OddsCompiler.Apis;

/// <summary>A competition's pricing state and its model snapshots, newest first.</summary>
/// <param name="CompetitionId">The competition.</param>
/// <param name="Priced">Whether its fixtures are priced.</param>
/// <param name="Reason">Why not, when not (too little history).</param>
/// <param name="CurrentVersion">The version prices come from.</param>
/// <param name="Snapshots">Every snapshot, newest first, without parameters.</param>
public sealed record CompetitionModelsDto(string CompetitionId, bool Priced, string? Reason, int? CurrentVersion, IReadOnlyList<SnapshotDto> Snapshots);
