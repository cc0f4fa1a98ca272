namespace Statistico.OddsChecker.Backfills;

/// <summary>A row of the file no tracked fixture matched: reported, never guessed.</summary>
internal sealed record UnmatchedRow(int? Line, DateOnly Date, string HomeTeam, string AwayTeam, string Reason);
