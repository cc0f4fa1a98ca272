namespace Statistico.OddsWarehouse.Data;

/// <summary>
/// One runner's prices at one source: (fixture, market, handicap, selection, source). Ticks carry only its small
/// integer id, so the time-series rows and their index stay narrow.
/// </summary>
public sealed class PriceSeries
{
    public int Id { get; set; }

    public Guid FixtureId { get; set; }

    public string MarketType { get; set; } = string.Empty;

    /// <summary>The runner's handicap or the market's line; 0 when the market has none.</summary>
    public decimal Handicap { get; set; }

    public string Selection { get; set; } = string.Empty;

    public string Source { get; set; } = string.Empty;
}
