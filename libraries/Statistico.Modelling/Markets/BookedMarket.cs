namespace Statistico.Modelling.Markets;

/// <summary>A market priced with a margin.</summary>
/// <param name="MarketType">Betfair market type code.</param>
/// <param name="Line">The market's line, when it has one.</param>
/// <param name="Selections">Offered prices.</param>
public sealed record BookedMarket(string MarketType, double? Line, IReadOnlyList<BookedSelection> Selections)
{
    /// <summary>Σ 1/odds − 1 of the offered prices.</summary>
    public double Overround => Selections.Sum(s => 1 / s.Odds) - 1;
}
