namespace Statistico.FootballData.Fixtures;

/// <summary>A fixture entered by hand (providers add the rest).</summary>
public sealed record ScheduleFixtureRequest(
    string CompetitionId,
    string Season,
    string HomeTeam,
    string AwayTeam,
    DateTimeOffset KickOff);
