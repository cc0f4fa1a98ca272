namespace Statistico.OddsCompiler.Refits;

/// <summary>A competition waiting to be refreshed, and whether its history changed (refit) or only its fixtures.</summary>
/// <param name="CompetitionId">The competition.</param>
/// <param name="Refit">True when results arrived since the last fit.</param>
/// <param name="FirstRequestedAt">The first request of the burst.</param>
/// <param name="LastRequestedAt">The latest request of the burst.</param>
public sealed record RefreshRequest(string CompetitionId, bool Refit, DateTimeOffset FirstRequestedAt, DateTimeOffset LastRequestedAt);
