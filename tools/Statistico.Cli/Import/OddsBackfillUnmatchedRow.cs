namespace Statistico.Cli.Import;

/// <summary>A file row no tracked fixture matched, with its line and why.</summary>
public sealed record OddsBackfillUnmatchedRow(int? Line, DateOnly Date, string HomeTeam, string AwayTeam, string Reason);
