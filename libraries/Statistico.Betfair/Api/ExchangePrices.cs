namespace Statistico.Betfair.Api;

/// <summary>
/// The exchange's offers on one runner: prices you can back at (best, i.e. highest, first), prices you can lay
/// at (best, i.e. lowest, first) and the volume traded per price.
/// </summary>
public sealed record ExchangePrices(
    IReadOnlyList<PriceSize> AvailableToBack, IReadOnlyList<PriceSize> AvailableToLay, IReadOnlyList<PriceSize>? TradedVolume = null);
