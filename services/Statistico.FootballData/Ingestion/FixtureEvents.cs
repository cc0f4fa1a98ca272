using Statistico.Contracts.FootballData;
using Statistico.FootballData.Data;
using Statistico.FootballDataFiles;

namespace Statistico.FootballData.Ingestion;

/// <summary>The events a stored fixture announces, built from the row as it is after the change.</summary>
internal static class FixtureEvents
{
    public static FixtureScheduled Scheduled(Fixture fixture, string homeTeam, string awayTeam, DateTimeOffset now) =>
        new(fixture.Id, fixture.CompetitionId, new SeasonName(fixture.Season.StartYear).Label, homeTeam, awayTeam, fixture.KickOff, now);

    public static FixtureUpdated Updated(Fixture fixture, DateTimeOffset? previousKickOff, FixtureStatus? previousStatus, DateTimeOffset now) =>
        new(fixture.Id, fixture.Status, fixture.KickOff, now)
        {
            PreviousKickOff = previousKickOff,
            PreviousStatus = previousStatus,
            Revision = fixture.Revision,
        };

    public static FixtureResulted Resulted(Fixture fixture, string homeTeam, string awayTeam, bool isCorrection, DateTimeOffset now) =>
        new(
            fixture.Id,
            fixture.CompetitionId,
            new SeasonName(fixture.Season.StartYear).Label,
            homeTeam,
            awayTeam,
            fixture.KickOff,
            fixture.HomeGoals ?? throw new InvalidOperationException("A resulted fixture has goals."),
            fixture.AwayGoals ?? throw new InvalidOperationException("A resulted fixture has goals."),
            now)
        {
            HalfTimeHomeGoals = fixture.HalfTimeHomeGoals,
            HalfTimeAwayGoals = fixture.HalfTimeAwayGoals,
            HomeStatistics = fixture.HomeStatistics.ToContract(),
            AwayStatistics = fixture.AwayStatistics.ToContract(),
            IsCorrection = isCorrection,
            Revision = fixture.Revision,
            Referee = fixture.Referee,
        };
}
