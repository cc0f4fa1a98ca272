using Statistico.Contracts.Trading;
using Statistico.Modelling.Staking;
using Statistico.Trader.Strategies;

namespace Statistico.Trader.Decisions;

/// <summary>
/// Sizes an order with Modelling's <see cref="StakingPlan"/> (exchange minimums, penny steps, caps). A back sizes its
/// stake; a lay sizes its liability, as a back on the selection losing at p / (p − 1) (what the layer risks to win the
/// backer's stake), and turns it into the backer's stake. The strategy's maximum stake applies last.
/// </summary>
public static class StakeSizer
{
    public static decimal Size(StrategyDefinition strategy, decimal bankroll, double probability, decimal price)
    {
        var staking = strategy.Staking;
        var plan = new StakingPlan
        {
            Method = staking.Kind switch
            {
                StakingKind.Flat => StakingMethod.Flat,
                StakingKind.Percent => StakingMethod.Percentage,
                _ => StakingMethod.FractionalKelly,
            },
            FlatStake = staking.Amount,
            Percentage = staking.Percent,
            KellyFraction = staking.Kind == StakingKind.Kelly ? staking.KellyFraction : 0.25,
            MaxBankrollShare = staking.Cap,
            MaxStake = strategy.Limits.MaxStake * (strategy.Side == Side.Back ? 1 : price - 1),
            Commission = strategy.Commission,
        };
        if (strategy.Side == Side.Back)
        {
            return plan.Stake(bankroll, probability, (double)price);
        }

        var layOdds = (double)(price / (price - 1));
        var liability = plan with { MinPayout = null, MinStake = 0 };
        var stake = Math.Floor(liability.Stake(bankroll, 1 - probability, layOdds) / (price - 1) * 100) / 100;
        return stake >= plan.MinStake ? Math.Min(stake, strategy.Limits.MaxStake) : 0;
    }
}
