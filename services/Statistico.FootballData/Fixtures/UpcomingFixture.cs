namespace Statistico.FootballData.Fixtures;

/// <summary>A fixture still to be played, as the upcoming list shows it.</summary>
public sealed record UpcomingFixture(Guid Id, string CompetitionId, string Season, string HomeTeam, string AwayTeam, DateTimeOffset KickOff);
