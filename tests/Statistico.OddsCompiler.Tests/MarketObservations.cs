using Statistico.Contracts.Odds;

namespace Statistico.OddsCompiler.Tests;

/// <summary>Exchange-shaped observations whose margin-free probabilities are known: back and lay a spread either side of each.</summary>
internal static class MarketObservations
{
    private const double HalfSpread = 0.004;

    public static ObservedMarket MatchOdds(Guid fixtureId, DateTimeOffset observedAt, double home, double draw, double away, bool inPlay = false) =>
        new(fixtureId, "MATCH_ODDS", observedAt, [Runner("HOME", home), Runner("DRAW", draw), Runner("AWAY", away)]) { InPlay = inPlay };

    public static ObservedMarket OverUnder25(Guid fixtureId, DateTimeOffset observedAt, double over, bool inPlay = false) =>
        new(fixtureId, "OVER_UNDER_25", observedAt, [Runner("OVER", over), Runner("UNDER", 1 - over)]) { InPlay = inPlay };

    /// <summary>Best back at 1/(p + s) and best lay at 1/(p − s): the mid of their implied probabilities is p.</summary>
    public static ObservedRunner Runner(string selection, double probability) =>
        new(selection, [new PriceSize((decimal)(1 / (probability + HalfSpread)), 100m)], [new PriceSize((decimal)(1 / (probability - HalfSpread)), 100m)]);
}
