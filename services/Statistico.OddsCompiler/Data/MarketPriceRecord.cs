namespace Statistico.OddsCompiler.Data;

/// <summary>
/// The latest margin-free price a source showed for one market of a fixture before its kick-off (never in play, never
/// after kick-off): the market input of the market-informed book (ADR 1102).
/// </summary>
public sealed class MarketPriceRecord
{
    public Guid FixtureId { get; set; }

    /// <summary>The observed-price source, e.g. <c>betfair</c>.</summary>
    public required string Source { get; set; }

    /// <summary><c>MATCH_ODDS</c> or <c>OVER_UNDER_25</c>.</summary>
    public required string MarketType { get; set; }

    public DateTimeOffset ObservedAt { get; set; }

    /// <summary>HOME, or OVER.</summary>
    public double First { get; set; }

    /// <summary>DRAW, or UNDER.</summary>
    public double Second { get; set; }

    /// <summary>AWAY; null for over/under.</summary>
    public double? Third { get; set; }
}
