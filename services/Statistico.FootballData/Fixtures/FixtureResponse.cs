using Statistico.Contracts.FootballData;
using Statistico.FootballData.Data;

namespace Statistico.FootballData.Fixtures;

/// <summary>A fixture as the read API shows it.</summary>
public sealed record FixtureResponse(
    Guid Id,
    string CompetitionId,
    string Season,
    string HomeTeam,
    string AwayTeam,
    DateTimeOffset KickOff,
    FixtureStatus Status)
{
    public static FixtureResponse From(Fixture fixture) => new(
        fixture.Id, fixture.CompetitionId, fixture.Season, fixture.HomeTeam, fixture.AwayTeam, fixture.KickOff, fixture.Status);
}
