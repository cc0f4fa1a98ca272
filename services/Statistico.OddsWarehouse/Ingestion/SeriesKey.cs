namespace Statistico.OddsWarehouse.Ingestion;

/// <summary>Identifies one runner's prices at one source (the natural key of <c>price_series</c>).</summary>
internal readonly record struct SeriesKey(Guid FixtureId, string MarketType, decimal Handicap, string Selection, string Source);
