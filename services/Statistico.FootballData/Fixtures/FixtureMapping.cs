using Statistico.FootballData.Client;
using Statistico.FootballData.Data;
using Statistico.FootballDataFiles;

namespace Statistico.FootballData.Fixtures;

/// <summary>Stored fixtures as the API shows them (the entity must be loaded with its teams and season).</summary>
internal static class FixtureMapping
{
    public static FixtureDto ToDto(this Fixture fixture) => new(
        fixture.Id,
        fixture.CompetitionId,
        new SeasonName(fixture.Season.StartYear).Label,
        new TeamRef(fixture.HomeTeam.Id, fixture.HomeTeam.Name),
        new TeamRef(fixture.AwayTeam.Id, fixture.AwayTeam.Name),
        fixture.KickOff,
        fixture.KickOffTimeKnown,
        fixture.Status,
        fixture.Revision,
        fixture.Referee,
        fixture is { HomeGoals: { } home, AwayGoals: { } away }
            ? new ResultDto(home, away, fixture.HalfTimeHomeGoals, fixture.HalfTimeAwayGoals, fixture.HomeStatistics.ToContract(), fixture.AwayStatistics.ToContract())
            : null);
}
