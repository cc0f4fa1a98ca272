namespace Statistico.FootballData.Providers.Sportmonks;

internal sealed record SportmonksStatistic(int TypeId, long ParticipantId, SportmonksStatisticValue? Data, string? Location);
