namespace Statistico.Simulator.Exchange.Contract;

/// <summary>listMarketTypes' row.</summary>
public sealed record MarketTypeResult(string MarketType, int MarketCount);
