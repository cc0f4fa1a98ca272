namespace Statistico.Ratings.Rebuild;

/// <summary>What a backfill found: finished fixtures at Football Data, and how many were missing or newer here.</summary>
public sealed record BackfillReport(string CompetitionId, int Fetched, int Recorded);
