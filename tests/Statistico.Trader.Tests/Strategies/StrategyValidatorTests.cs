using Statistico.Trader.Strategies;
using Statistico.Trader.Tests.Support;

namespace Statistico.Trader.Tests.Strategies;

/// <summary>Each bad field is reported under its own JSON path, and a good definition passes.</summary>
[Trait("Category", "Unit")]
public sealed class StrategyValidatorTests
{
    [Fact]
    public void A_complete_definition_has_no_errors()
    {
        Assert.Empty(StrategyValidator.Validate(TestStrategies.BackHome()));
    }

    [Fact]
    public void A_minimum_price_above_the_maximum_is_reported_on_the_maximum()
    {
        var errors = StrategyValidator.Validate(TestStrategies.BackHome() with { MinPrice = 3m, MaxPrice = 2m });

        Assert.Equal(["maxPrice"], errors.Keys);
    }

    [Theory]
    [InlineData("2.01")] // between the 0.02 ticks from 2 to 3
    [InlineData("1.005")]
    [InlineData("1001")]
    public void A_price_off_the_tick_ladder_is_refused(string price)
    {
        var errors = StrategyValidator.Validate(TestStrategies.BackHome() with { MinPrice = decimal.Parse(price), MaxPrice = 1000m });

        Assert.Contains("minPrice", errors.Keys);
        Assert.Contains("tick ladder", errors["minPrice"][0], StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_selection_names_the_selections_of_its_market()
    {
        var errors = StrategyValidator.Validate(TestStrategies.BackHome() with { Selection = "OVER" });

        Assert.Equal(["selection"], errors.Keys);
        Assert.Contains("HOME", errors["selection"][0], StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_market_type_is_refused()
    {
        var errors = StrategyValidator.Validate(TestStrategies.BackHome() with { MarketType = "ASIAN_HANDICAP" });

        Assert.Equal(["marketType"], errors.Keys);
    }

    [Fact]
    public void Non_positive_amounts_are_each_reported_on_their_own_field()
    {
        var good = TestStrategies.BackHome();
        var errors = StrategyValidator.Validate(good with
        {
            StartingBankroll = 0,
            Staking = new Staking(StakingKind.Flat, Amount: -1, Cap: 0.05),
            Limits = good.Limits with { MaxStake = 0, MaxDailyLoss = -5, MaxOpenTrades = 0 },
        });

        Assert.Equal(
            ["limits.maxDailyLoss", "limits.maxOpenTrades", "limits.maxStake", "staking.amount", "startingBankroll"],
            errors.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_window_closing_before_it_opens_is_refused()
    {
        var errors = StrategyValidator.Validate(TestStrategies.BackHome() with { Window = new TradingWindow(1, 90) });

        Assert.Equal(["window.closesMinutesBefore"], errors.Keys);
    }

    [Fact]
    public void A_strategy_exposure_below_the_fixture_exposure_is_refused()
    {
        var good = TestStrategies.BackHome();
        var errors = StrategyValidator.Validate(good with { Limits = good.Limits with { MaxStrategyExposure = 10m } });

        Assert.Equal(["limits.maxStrategyExposure"], errors.Keys);
    }

    [Fact]
    public void A_missing_definition_is_one_error()
    {
        Assert.Equal([""], StrategyValidator.Validate(null).Keys);
    }
}
