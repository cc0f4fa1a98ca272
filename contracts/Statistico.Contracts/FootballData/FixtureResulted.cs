namespace Statistico.Contracts.FootballData;

/// <summary>A fixture has a full-time result (or a corrected one).</summary>
/// <param name="FixtureId">Statistico's stable fixture id.</param>
/// <param name="CompetitionId">Stable competition code, e.g. <c>E0</c>.</param>
/// <param name="Season">Season label, e.g. <c>2021/22</c>.</param>
/// <param name="HomeTeam">Canonical home team name.</param>
/// <param name="AwayTeam">Canonical away team name.</param>
/// <param name="KickOff">Kick-off time (UTC).</param>
/// <param name="HomeGoals">Full-time home goals.</param>
/// <param name="AwayGoals">Full-time away goals.</param>
/// <param name="OccurredAt">When the result was recorded (UTC).</param>
public sealed record FixtureResulted(
    Guid FixtureId,
    string CompetitionId,
    string Season,
    string HomeTeam,
    string AwayTeam,
    DateTimeOffset KickOff,
    int HomeGoals,
    int AwayGoals,
    DateTimeOffset OccurredAt)
{
    /// <summary>Half-time home goals, when known.</summary>
    public int? HalfTimeHomeGoals { get; init; }

    /// <summary>Half-time away goals, when known.</summary>
    public int? HalfTimeAwayGoals { get; init; }

    /// <summary>The home team's match statistics, when known.</summary>
    public TeamMatchStatistics? HomeStatistics { get; init; }

    /// <summary>The away team's match statistics, when known.</summary>
    public TeamMatchStatistics? AwayStatistics { get; init; }

    /// <summary>True when this replaces an earlier result for the same fixture.</summary>
    public bool IsCorrection { get; init; }

    /// <summary>The fixture's revision after this change: it grows by one with every change Statistico records
    /// (a correction carries a higher one), so a consumer can ignore an older event that arrives late.</summary>
    public int Revision { get; init; }

    /// <summary>The referee, when the source names one.</summary>
    public string? Referee { get; init; }
}
