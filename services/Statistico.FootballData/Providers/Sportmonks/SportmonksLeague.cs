namespace Statistico.FootballData.Providers.Sportmonks;

internal sealed record SportmonksLeague(long Id, string? Name, string? ShortCode);
