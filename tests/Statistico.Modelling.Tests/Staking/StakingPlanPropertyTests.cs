using CsCheck;
using Statistico.Modelling.Staking;
using Statistico.Modelling.Tests.Support;

namespace Statistico.Modelling.Tests.Staking;

/// <summary>
/// A staking plan's order sizes are never negative, never above a cap (share of bankroll, largest
/// stake, bankroll), always a multiple of the exchange's increment that the exchange accepts, and
/// together never above the bankroll share for mutually exclusive bets.
/// </summary>
[Trait("Category", "Unit")]
public sealed class StakingPlanPropertyTests
{
    [Fact]
    public void A_single_stake_is_a_placeable_order_within_every_cap() =>
        PropertyCheck.Run(Gen.Select(StakingInputs.Plan, StakingInputs.Bankroll, StakingInputs.Probability, StakingInputs.Odds), input =>
        {
            var (plan, bankroll, probability, odds) = input;
            var stake = plan.Stake(bankroll, probability, odds);
            AssertPlaceable(plan, bankroll, stake, odds);
            if (bankroll <= 0 || !StakingArguments.IsBackable(odds))
            {
                Assert.Equal(0, stake);
            }
        });

    [Fact]
    public void Mutually_exclusive_stakes_are_placeable_and_together_within_the_bankroll_share() =>
        PropertyCheck.Run(
            Gen.Select(StakingInputs.Plan, StakingInputs.Bankroll, StakingInputs.ExclusiveProbabilities)
                .SelectMany(x => StakingInputs.Odds.Array[x.Item3.Length].Select(odds => (x.Item1, x.Item2, x.Item3, odds))),
            input =>
            {
                var (plan, bankroll, probabilities, odds) = input;
                var stakes = plan.Stakes(bankroll, probabilities, odds);
                Assert.Equal(probabilities.Length, stakes.Length);
                Assert.All(Enumerable.Range(0, stakes.Length), i => AssertPlaceable(plan, bankroll, stakes[i], odds[i]));
                Assert.True(stakes.Sum() <= Math.Max(0, (decimal)plan.MaxBankrollShare * bankroll), $"total {stakes.Sum()} over the share cap");
            });

    [Fact]
    public void An_invalid_probability_is_rejected_by_the_plan_too() =>
        PropertyCheck.Run(Gen.Select(StakingInputs.Plan, StakingInputs.Bankroll, StakingInputs.InvalidProbability, StakingInputs.Odds), input =>
        {
            var (plan, bankroll, probability, odds) = input;
            Assert.Throws<ArgumentOutOfRangeException>(() => plan.Stake(bankroll, probability, odds));
        });

    [Fact]
    public void Settings_out_of_range_are_rejected_when_set() =>
        PropertyCheck.Run(Gen.Select(StakingInputs.InvalidProbability, StakingInputs.InvalidCommission, Gen.Decimal[-1_000, -0.0001m]), input =>
        {
            var (share, commission, amount) = input;
            Assert.Throws<ArgumentOutOfRangeException>(() => new StakingPlan { KellyFraction = share });
            Assert.Throws<ArgumentOutOfRangeException>(() => new StakingPlan { Percentage = share });
            Assert.Throws<ArgumentOutOfRangeException>(() => new StakingPlan { MaxBankrollShare = share });
            Assert.Throws<ArgumentOutOfRangeException>(() => new StakingPlan { Commission = commission });
            Assert.Throws<ArgumentOutOfRangeException>(() => new StakingPlan { MaxStake = amount });
            Assert.Throws<ArgumentOutOfRangeException>(() => new StakingPlan { MinStake = amount });
            Assert.Throws<ArgumentOutOfRangeException>(() => new StakingPlan { FlatStake = amount });
            Assert.Throws<ArgumentOutOfRangeException>(() => new StakingPlan { StakeIncrement = amount });
            Assert.Throws<ArgumentOutOfRangeException>(() => new StakingPlan { StakeIncrement = 0 });
        });

    [Fact]
    public void A_bankroll_above_the_maximum_is_rejected() =>
        PropertyCheck.Run(Gen.Decimal[StakingPlan.MaxBankroll + 0.01m, decimal.MaxValue], bankroll =>
        {
            Assert.Throws<ArgumentOutOfRangeException>(() => new StakingPlan().Stake(bankroll, 0.6, 2));
            Assert.Throws<ArgumentOutOfRangeException>(() => new StakingPlan().Stakes(bankroll, [0.6, 0.4], [2, 3]));
        });

    private static void AssertPlaceable(StakingPlan plan, decimal bankroll, decimal stake, double odds)
    {
        Assert.True(stake >= 0, $"negative stake {stake}");
        if (stake == 0)
        {
            return;
        }

        Assert.True(stake <= bankroll, $"stake {stake} over bankroll {bankroll}");
        Assert.True(stake <= (decimal)plan.MaxBankrollShare * bankroll, $"stake {stake} over {plan.MaxBankrollShare} of {bankroll}");
        Assert.True(plan.MaxStake is not { } max || stake <= max, $"stake {stake} over the largest stake {plan.MaxStake}");
        Assert.Equal(0, stake % plan.StakeIncrement);
        Assert.True(
            stake >= plan.MinStake || (plan.MinPayout is { } payout && (double)stake * odds >= (double)payout),
            $"stake {stake} at {odds} under the exchange's minimum");
    }
}
