using Statistico.Contracts.FootballData;
using Statistico.Contracts.Odds;

namespace Statistico.Trader.Benchmarks;

/// <summary>
/// A fixture the Trader knows (scheduled, compiled) and the exchange market its observations point at. A value
/// fixture's model gives HOME 0.5, so an observed back of 3.0 is a 42.5% edge after commission; a quiet fixture's
/// gives 0.2, so the same price is no trade (the observation is stored and evaluated, and nothing more).
/// </summary>
internal sealed record BenchFixture(Guid FixtureId, ExchangeMarket Market, bool Value)
{
    public const decimal HomeBack = 3.0m;

    public FixtureScheduled Scheduled(DateTimeOffset kickOff) =>
        new(FixtureId, "SIM", "2030", $"Home {FixtureId:N}", $"Away {FixtureId:N}", kickOff, DateTimeOffset.UtcNow);

    public OddsCompiled Compiled()
    {
        var home = Value ? 0.5 : 0.2;
        return new(FixtureId, "dixon-coles", "1", [new CompiledMarket("MATCH_ODDS", [
            new CompiledSelection("HOME", home, 0, 0), new CompiledSelection("DRAW", 0.27, 0, 0), new CompiledSelection("AWAY", 0.73 - home, 0, 0)])], DateTimeOffset.UtcNow);
    }

    /// <summary>One poll's observation of this fixture's market, as the Odds Checker publishes it.</summary>
    public MarketOddsObserved Observed() =>
        new(Guid.NewGuid(), "betfair", [new ObservedMarket(FixtureId, "MATCH_ODDS", DateTimeOffset.UtcNow, [
            new ObservedRunner("HOME", [new PriceSize(HomeBack, 100m)], [new PriceSize(3.05m, 100m)]) { RunnerId = Market.Home },
            new ObservedRunner("DRAW", [new PriceSize(3.5m, 100m)], [new PriceSize(3.55m, 100m)]) { RunnerId = Market.Draw },
            new ObservedRunner("AWAY", [new PriceSize(4m, 100m)], [new PriceSize(4.1m, 100m)]) { RunnerId = Market.Away }])
        {
            ExchangeMarketId = Market.MarketId,
        }]);
}
