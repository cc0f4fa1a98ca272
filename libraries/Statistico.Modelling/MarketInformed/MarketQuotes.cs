namespace Statistico.Modelling.MarketInformed;

/// <summary>
/// The market prices of one match known at the decision time, each with its margin already removed, one entry
/// per source in a fixed order (the first is the lead market the untrained combination trusts outright). An
/// entry is null when that source had no price. Closing prices never belong here: they are set after the
/// decision.
/// </summary>
/// <param name="MatchOdds">HOME/DRAW/AWAY probabilities per source.</param>
/// <param name="OverUnder25">OVER/UNDER 2.5 goals probabilities per source.</param>
public sealed record MarketQuotes(IReadOnlyList<double[]?> MatchOdds, IReadOnlyList<double[]?> OverUnder25)
{
    /// <summary>True when at least one source priced the match's 1X2: the market-informed model needs one.</summary>
    public bool HasMatchOdds => MatchOdds.Any(p => p is not null);
}
