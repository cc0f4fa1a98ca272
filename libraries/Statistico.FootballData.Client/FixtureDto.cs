using Statistico.Contracts.FootballData;

namespace Statistico.FootballData.Client;

/// <summary>A fixture with its result once played.</summary>
public sealed record FixtureDto(
    Guid Id,
    string CompetitionId,
    string Season,
    TeamRef HomeTeam,
    TeamRef AwayTeam,
    DateTimeOffset KickOff,
    bool KickOffTimeKnown,
    FixtureStatus Status,
    int Revision,
    string? Referee,
    ResultDto? Result);
