namespace Statistico.FootballData.Providers.Sportmonks;

internal sealed record SportmonksScore(int TypeId, long ParticipantId, SportmonksScoreValue? Score, string? Description);
