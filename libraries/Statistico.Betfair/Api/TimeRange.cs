namespace Statistico.Betfair.Api;

/// <summary>An inclusive time window; either end may be open.</summary>
public sealed record TimeRange(DateTimeOffset? From = null, DateTimeOffset? To = null);
