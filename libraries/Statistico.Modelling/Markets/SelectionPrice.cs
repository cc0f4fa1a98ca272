namespace Statistico.Modelling.Markets;

/// <summary>One selection of a market with its settlement distribution.</summary>
/// <param name="Name">Betfair-style selection name, e.g. "HOME", "OVER", "2-1", "ANY_OTHER_HOME".</param>
/// <param name="Settlement">How a bet on it settles.</param>
/// <param name="Handicap">The selection's own handicap or line, when the market has one.</param>
public sealed record SelectionPrice(string Name, Settlement Settlement, double? Handicap = null)
{
    /// <summary>Fair decimal odds.</summary>
    public double FairOdds => Settlement.FairOdds;

    /// <summary>1 / fair odds.</summary>
    public double EffectiveProbability => Settlement.EffectiveProbability;
}
