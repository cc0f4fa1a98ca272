namespace Statistico.FootballData.Providers.Sportmonks;

internal sealed record SportmonksSeason(long Id, string? Name);
