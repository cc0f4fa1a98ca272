using Statistico.Contracts.Odds;

namespace Statistico.OddsWarehouse.Tests.Support;

/// <summary>Builds price messages for tests: one market, best back and lay per runner.</summary>
internal static class Prices
{
    public static MarketOddsObserved Observed(
        Guid fixtureId, DateTimeOffset at, params (string Selection, decimal Back, decimal Lay)[] runners) =>
        Observed(Guid.NewGuid(), "betfair", fixtureId, "MATCH_ODDS", at, runners);

    public static MarketOddsObserved Observed(
        Guid batchId, string source, Guid fixtureId, string marketType, DateTimeOffset at, params (string Selection, decimal Back, decimal Lay)[] runners) =>
        new(batchId, source,
        [
            new ObservedMarket(fixtureId, marketType, at,
                [.. runners.Select(r => new ObservedRunner(r.Selection, [new PriceSize(r.Back, 100m)], [new PriceSize(r.Lay, 50m)]))]),
        ]);

    public static (string, decimal, decimal)[] MatchOdds(decimal home, decimal draw, decimal away) =>
        [("HOME", home, home + 0.02m), ("DRAW", draw, draw + 0.02m), ("AWAY", away, away + 0.02m)];
}
