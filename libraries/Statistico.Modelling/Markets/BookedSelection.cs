namespace Statistico.Modelling.Markets;

/// <summary>A selection's price in a book with margin.</summary>
/// <param name="Name">Selection name.</param>
/// <param name="Handicap">Handicap or line, when the market has one.</param>
/// <param name="Odds">Decimal odds offered (on the Betfair ladder when rounding was asked for).</param>
/// <param name="FairOdds">The fair odds the price was built from.</param>
public sealed record BookedSelection(string Name, double? Handicap, double Odds, double FairOdds);
