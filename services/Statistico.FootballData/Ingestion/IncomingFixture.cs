using Statistico.Contracts.FootballData;

namespace Statistico.FootballData.Ingestion;

/// <summary>One fixture as a provider reports it, in the provider's own team spellings.</summary>
/// <param name="CompetitionId">Competition code, e.g. <c>E0</c>.</param>
/// <param name="SeasonStartYear">The calendar year the season starts in.</param>
/// <param name="HomeTeam">The provider's spelling of the home team.</param>
/// <param name="AwayTeam">The provider's spelling of the away team.</param>
/// <param name="KickOff">Kick-off (UTC).</param>
/// <param name="KickOffTimeKnown">False when the provider gave only a date.</param>
/// <param name="Status">The fixture's status at the provider.</param>
/// <param name="Result">The result, once there is one.</param>
/// <param name="Referee">The referee, when named.</param>
/// <param name="Line">Where the fixture came from (file line), for problem reports.</param>
public sealed record IncomingFixture(
    string CompetitionId,
    int SeasonStartYear,
    string HomeTeam,
    string AwayTeam,
    DateTimeOffset KickOff,
    bool KickOffTimeKnown,
    FixtureStatus Status,
    IncomingResult? Result,
    string? Referee,
    int? Line);
