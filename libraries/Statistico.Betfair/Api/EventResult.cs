namespace Statistico.Betfair.Api;

/// <summary>One row of listEvents.</summary>
public sealed record EventResult(BetfairEvent Event, int MarketCount);
