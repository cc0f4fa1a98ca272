using Statistico.Betfair.Api;

namespace Statistico.Simulator.Exchange.Contract;

/// <summary>listTimeRanges' row.</summary>
public sealed record TimeRangeResult(TimeRange TimeRange, int MarketCount);
