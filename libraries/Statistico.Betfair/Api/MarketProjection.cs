namespace Statistico.Betfair.Api;

/// <summary>Parts of a market catalogue to return; unrequested parts are absent.</summary>
public enum MarketProjection { Competition, Event, EventType, MarketStartTime, MarketDescription, RunnerDescription, RunnerMetadata }
