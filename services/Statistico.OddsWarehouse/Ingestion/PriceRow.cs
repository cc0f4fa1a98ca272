namespace Statistico.OddsWarehouse.Ingestion;

/// <summary>
/// One runner's prices as a source showed them at one instant: a row of <c>price_ticks</c>. Exchanges fill the best
/// back and lay (and the next two levels in <see cref="Depth"/>, <see cref="LadderDepth"/>); bookmakers the back price; Statistico's compiled book the back (book) and fair prices.
/// </summary>
internal readonly record struct PriceRow(
    SeriesKey Series,
    DateTimeOffset ObservedAt,
    bool InPlay,
    decimal? BackPrice,
    decimal? BackSize,
    decimal? LayPrice,
    decimal? LaySize,
    decimal? LastTradedPrice,
    decimal? FairPrice,
    double?[]? Depth = null);
