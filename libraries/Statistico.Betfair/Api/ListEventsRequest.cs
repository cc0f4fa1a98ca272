namespace Statistico.Betfair.Api;

/// <summary>Parameters of listEvents.</summary>
public sealed record ListEventsRequest(MarketFilter Filter, string? Locale = null);
