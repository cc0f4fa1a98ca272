using Statistico.Contracts.Trading;
using Statistico.Trader.Decisions;
using Statistico.Trader.Strategies;
using Statistico.Trader.Tests.Support;

namespace Statistico.Trader.Tests.Decisions;

/// <summary>Stake sizes against hand-worked Kelly figures, caps and the lay's liability.</summary>
[Trait("Category", "Unit")]
public sealed class StakeSizerTests
{
    [Fact]
    public void Quarter_kelly_on_a_back_stakes_a_quarter_of_the_kelly_share_rounded_down_to_the_penny()
    {
        // b = 1.2 × 0.95 = 1.14; Kelly = (0.5 × 1.14 − 0.5) / 1.14 = 0.061404; × 0.25 × 1000 = 15.35 (cap 2% = 20).
        var stake = StakeSizer.Size(TestStrategies.BackHome(), 1000m, 0.5, 2.2m);

        Assert.Equal(15.35m, stake);
    }

    [Fact]
    public void The_maximum_stake_per_order_cuts_a_larger_kelly_stake()
    {
        // Bankroll 10000: Kelly 153.5, bankroll cap 200, the strategy's maximum stake 20.
        var stake = StakeSizer.Size(TestStrategies.BackHome(), 10_000m, 0.5, 2.2m);

        Assert.Equal(20m, stake);
    }

    [Fact]
    public void No_edge_stakes_nothing()
    {
        Assert.Equal(0m, StakeSizer.Size(TestStrategies.BackHome(), 1000m, 0.5, 2m));
    }

    [Fact]
    public void A_flat_plan_stakes_its_amount_and_a_percent_plan_its_share()
    {
        var flat = TestStrategies.BackHome() with { Staking = new Staking(StakingKind.Flat, Amount: 7.5m, Cap: 0.05) };
        var percent = TestStrategies.BackHome() with { Staking = new Staking(StakingKind.Percent, Percent: 0.01, Cap: 0.05) };

        Assert.Equal(7.5m, StakeSizer.Size(flat, 1000m, 0.5, 2.2m));
        Assert.Equal(10m, StakeSizer.Size(percent, 1000m, 0.5, 2.2m));
    }

    [Fact]
    public void A_lay_sizes_its_liability_and_returns_the_backers_stake()
    {
        // Lay at 3.00 with q = 0.25 is a back of "not the selection" at 3 / 2 = 1.5 with probability 0.75:
        // b = 0.5 × 0.95 = 0.475; Kelly = (0.75 × 0.475 − 0.25) / 0.475 = 0.22368; × 0.25 × 1000 = 55.92 liability,
        // cut by the 5% bankroll cap to 50; the backer's stake is 50 / (3 − 1) = 25.00.
        var lay = TestStrategies.BackHome() with
        {
            Side = Side.Lay,
            Staking = new Staking(StakingKind.Kelly, KellyFraction: 0.25, Cap: 0.05),
            Limits = TestStrategies.BackHome().Limits with { MaxStake = 100m },
        };

        Assert.Equal(25.00m, StakeSizer.Size(lay, 1000m, 0.25, 3m));
    }

    [Fact]
    public void A_lay_is_cut_to_the_maximum_backers_stake()
    {
        // As above, but the maximum stake 20 allows a liability of 20 × 2 = 40 < 50: the stake is 20.
        var lay = TestStrategies.BackHome() with
        {
            Side = Side.Lay,
            Staking = new Staking(StakingKind.Kelly, KellyFraction: 0.25, Cap: 0.05),
        };

        Assert.Equal(20m, StakeSizer.Size(lay, 1000m, 0.25, 3m));
    }
}
