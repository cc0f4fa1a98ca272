namespace Statistico.FootballData.Providers.Sportmonks;

/// <summary>The fixture fields and includes the adapter reads (participants, scores, statistics, league, season).</summary>
internal sealed record SportmonksFixture(
    long Id,
    long LeagueId,
    long SeasonId,
    int StateId,
    string? Name,
    string? StartingAt,
    long? StartingAtTimestamp,
    List<SportmonksParticipant>? Participants,
    List<SportmonksScore>? Scores,
    List<SportmonksStatistic>? Statistics,
    SportmonksLeague? League,
    SportmonksSeason? Season);
