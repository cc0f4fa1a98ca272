namespace Statistico.Ratings.Apis;

/// <summary>How far a competition's ratings have got: results heard, fixtures rated, and any recomputation pending.</summary>
public sealed record CompetitionStatusDto(string CompetitionId, int Results, int RatedFixtures, DateTimeOffset? DirtyFrom, DateTimeOffset? RecomputedAt);
