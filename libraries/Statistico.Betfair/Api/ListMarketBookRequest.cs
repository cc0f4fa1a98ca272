namespace Statistico.Betfair.Api;

/// <summary>Parameters of listMarketBook.</summary>
public sealed record ListMarketBookRequest(
    IReadOnlyList<string> MarketIds, PriceProjection? PriceProjection = null, OrderProjection? OrderProjection = null);
