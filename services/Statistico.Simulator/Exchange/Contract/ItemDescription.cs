namespace Statistico.Simulator.Exchange.Contract;

/// <summary>listClearedOrders' itemDescription (sent when includeItemDescription is true).</summary>
public sealed record ItemDescription(
    string EventTypeDesc, string EventDesc, string MarketDesc, string MarketType, DateTimeOffset MarketStartTime, string RunnerDesc, int NumberOfWinners);
