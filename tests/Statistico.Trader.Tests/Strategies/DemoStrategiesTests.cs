using Statistico.Trader.Strategies;

namespace Statistico.Trader.Tests.Strategies;

[Trait("Category", "Unit")]
public sealed class DemoStrategiesTests
{
    [Fact]
    public void Every_demo_strategy_passes_validation_and_the_live_one_exists_only_with_an_exchange()
    {
        var withExchange = DemoStrategies.Definitions(new TraderOptions(), withLive: true).ToList();
        var paperOnly = DemoStrategies.Definitions(new TraderOptions(), withLive: false).ToList();

        Assert.All(withExchange, d => Assert.Empty(StrategyValidator.Validate(d.Definition)));
        Assert.Equal(["demo-paper-home", "demo-paper-draw", "demo-paper-away", "demo-live-home"], withExchange.Select(d => d.Id));
        Assert.Equal(StrategyMode.Live, withExchange[^1].Definition.Mode);
        Assert.DoesNotContain(paperOnly, d => d.Definition.Mode == StrategyMode.Live);
    }
}
