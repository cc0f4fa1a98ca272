using Microsoft.Extensions.Configuration;
using Statistico.Modelling.Goals;
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

    [Fact]
    public void The_demo_strategies_trust_the_model_the_compiler_publishes_and_trade_both_simulated_divisions()
    {
        var definitions = DemoStrategies.Definitions(new TraderOptions(), withLive: true).ToList();

        // The Odds Compiler publishes OddsCompiled under the production model's name (ModelFitter); any other name
        // never meets a compiled price, so the strategy never trades.
        Assert.Equal("dixon-coles-shots-corners+pi-ratings", ProductionModel.Create().Name);
        Assert.All(definitions, d => Assert.Equal(ProductionModel.Create().Name, d.Definition.Model));
        Assert.All(definitions, d => Assert.Equal(["SIM", "SIM2"], d.Definition.Competitions));
    }

    [Fact]
    public void Configured_demo_competitions_replace_the_defaults_rather_than_add_to_them()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Trader:DemoCompetitions:0"] = "E0",
            ["Trader:DemoModel"] = "my-model",
        }).Build();
        var options = configuration.GetSection(TraderOptions.SectionName).Get<TraderOptions>()!;

        var definition = DemoStrategies.Definitions(options, withLive: false).First().Definition;
        Assert.Equal(["E0"], definition.Competitions);
        Assert.Equal("my-model", definition.Model);
    }
}
