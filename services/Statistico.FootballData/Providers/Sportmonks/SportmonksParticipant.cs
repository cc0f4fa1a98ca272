namespace Statistico.FootballData.Providers.Sportmonks;

internal sealed record SportmonksParticipant(long Id, string Name, SportmonksParticipantMeta? Meta);
