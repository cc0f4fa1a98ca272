namespace Statistico.Modelling.Markets;

/// <summary>A priced market: its Betfair market type, line and selections.</summary>
/// <param name="MarketType">Betfair market type code, e.g. "MATCH_ODDS", "OVER_UNDER_25".</param>
/// <param name="Line">The market's line where it has one (goals for totals, home handicap for AH).</param>
/// <param name="Selections">The selections in Betfair's order.</param>
/// <param name="IsPartition">
/// True when exactly one selection wins (effective probabilities sum to one), so any margin
/// method applies; false for markets such as DOUBLE_CHANCE whose selections overlap.
/// </param>
public sealed record MarketPrice(string MarketType, double? Line, IReadOnlyList<SelectionPrice> Selections, bool IsPartition = true)
{
    /// <summary>The selection with the given name (and handicap, for Asian markets).</summary>
    public SelectionPrice this[string name] => Selections.Single(s => s.Name == name);
}
