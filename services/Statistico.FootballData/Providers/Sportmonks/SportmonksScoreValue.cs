namespace Statistico.FootballData.Providers.Sportmonks;

internal sealed record SportmonksScoreValue(int Goals, string? Participant);
