namespace Statistico.Betfair.Api;

/// <summary>Parameters of listMarketCatalogue (<see cref="MaxResults"/> 1–1000 is mandatory on Betfair).</summary>
public sealed record ListMarketCatalogueRequest(
    MarketFilter Filter, IReadOnlyList<MarketProjection>? MarketProjection = null, MarketSort? Sort = null, int MaxResults = 1000);
