namespace Statistico.Betfair.Api;

/// <summary>Order of listMarketCatalogue results.</summary>
public enum MarketSort { MinimumTraded, MaximumTraded, MinimumAvailable, MaximumAvailable, FirstToStart, LastToStart }
