namespace Statistico.Contracts.FootballData;

/// <summary>A fixture became known to Statistico for the first time.</summary>
/// <param name="FixtureId">Statistico's stable fixture id.</param>
/// <param name="CompetitionId">Stable competition code, e.g. <c>E0</c> for the Premier League.</param>
/// <param name="Season">Season label, e.g. <c>2021/22</c>.</param>
/// <param name="HomeTeam">Canonical home team name.</param>
/// <param name="AwayTeam">Canonical away team name.</param>
/// <param name="KickOff">Kick-off time (UTC).</param>
/// <param name="OccurredAt">When Statistico learned of the fixture (UTC).</param>
public sealed record FixtureScheduled(
    Guid FixtureId,
    string CompetitionId,
    string Season,
    string HomeTeam,
    string AwayTeam,
    DateTimeOffset KickOff,
    DateTimeOffset OccurredAt)
{
    /// <summary>Whether the match is played at a neutral venue (no home advantage).</summary>
    public bool NeutralVenue { get; init; }

    /// <summary>The fixture's revision when it was announced (1 for a new fixture); later events carry higher ones.</summary>
    public int Revision { get; init; } = 1;
}
