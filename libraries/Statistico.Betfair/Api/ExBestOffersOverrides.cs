namespace Statistico.Betfair.Api;

/// <summary>Depth of the best offers returned (default 3).</summary>
public sealed record ExBestOffersOverrides(int? BestPricesDepth = null);
