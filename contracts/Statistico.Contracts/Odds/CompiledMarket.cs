namespace Statistico.Contracts.Odds;

/// <summary>One market of a compiled book.</summary>
/// <param name="MarketType">Betfair market type code, e.g. <c>MATCH_ODDS</c>, <c>OVER_UNDER_25</c>.</param>
/// <param name="Selections">The market's selections.</param>
public sealed record CompiledMarket(string MarketType, IReadOnlyList<CompiledSelection> Selections)
{
    /// <summary>The handicap or goal line for line markets (e.g. -0.75 for an Asian handicap).</summary>
    public decimal? Line { get; init; }
}
