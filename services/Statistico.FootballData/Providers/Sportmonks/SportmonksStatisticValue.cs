namespace Statistico.FootballData.Providers.Sportmonks;

internal sealed record SportmonksStatisticValue(double? Value);
