namespace Statistico.FootballData.Providers.Sportmonks;

internal sealed record SportmonksRateLimit(int ResetsInSeconds, int Remaining, string? RequestedEntity);
