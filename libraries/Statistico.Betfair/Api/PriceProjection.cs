namespace Statistico.Betfair.Api;

/// <summary>What price data a market book carries.</summary>
public sealed record PriceProjection(IReadOnlyList<PriceData>? PriceData = null, ExBestOffersOverrides? ExBestOffersOverrides = null);
