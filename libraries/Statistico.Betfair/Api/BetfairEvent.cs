namespace Statistico.Betfair.Api;

/// <summary>A sporting event (a football match).</summary>
public sealed record BetfairEvent(string Id, string Name, string? CountryCode, string? Timezone, string? Venue, DateTimeOffset? OpenDate);
