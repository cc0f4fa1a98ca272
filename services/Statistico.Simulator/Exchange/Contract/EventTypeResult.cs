using Statistico.Betfair.Api;

namespace Statistico.Simulator.Exchange.Contract;

/// <summary>listEventTypes' row.</summary>
public sealed record EventTypeResult(EventType EventType, int MarketCount);
