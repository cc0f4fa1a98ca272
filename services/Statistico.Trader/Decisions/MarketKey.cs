namespace Statistico.Trader.Decisions;

/// <summary>One market of one fixture.</summary>
public sealed record MarketKey(Guid FixtureId, string MarketType);
