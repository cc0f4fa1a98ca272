using Statistico.Modelling.Staking;

namespace Statistico.Modelling.Tests.Staking;

[Trait("Category", "Unit")]
public sealed class KellyTests
{
    [Fact]
    public void Single_bet_fraction_matches_hand_computation()
    {
        // (p·b − q)/b with b = 1.2: (0.6 − 0.5)/1.2
        Assert.Equal(0.1 / 1.2, Kelly.Fraction(0.5, 2.2), 12);
        // Commission 5% shortens b to 1.14: (0.57 − 0.5)/1.14
        Assert.Equal(0.07 / 1.14, Kelly.Fraction(0.5, 2.2, 0.05), 12);
        Assert.Equal(0, Kelly.Fraction(0.4, 2.4));
    }

    [Fact]
    public void Mutually_exclusive_kelly_with_one_value_bet_equals_single_kelly()
    {
        var fractions = Kelly.MutuallyExclusiveFractions([0.5, 0.3, 0.2], [2.2, 3.0, 4.5]);

        Assert.Equal(Kelly.Fraction(0.5, 2.2), fractions[0], 12);
        Assert.Equal(0, fractions[1]);
        Assert.Equal(0, fractions[2]);
    }

    [Fact]
    public void Mutually_exclusive_kelly_matches_hand_worked_two_bet_example()
    {
        double[] p = [0.45, 0.30, 0.25];
        double[] odds = [2.35, 3.6, 3.2];

        var f = Kelly.MutuallyExclusiveFractions(p, odds);

        // Set {1, 0}: R = (1 − 0.75)/(1 − 1/3.6 − 1/2.35); f = p − R/odds.
        var reserve = 0.25 / (1 - (1 / 3.6) - (1 / 2.35));
        Assert.Equal(0.45 - (reserve / 2.35), f[0], 12);
        Assert.Equal(0.30 - (reserve / 3.6), f[1], 12);
        Assert.Equal(0, f[2]);
        AssertOptimal(p, odds, f);
    }

    [Fact]
    public void An_arbitrage_book_is_backed_in_proportion_to_the_probabilities()
    {
        // Σ 1/odds = 0.944 < 1: with every outcome in the set the reserve rate is zero, so f = p.
        double[] p = [0.5, 0.3, 0.2];

        var f = Kelly.MutuallyExclusiveFractions(p, [2.1, 3.5, 5.5]);

        Assert.Equal(p, f, (a, b) => Math.Abs(a - b) < 1e-12);
    }

    [Fact]
    public void Mutually_exclusive_kelly_with_commission_matches_hand_worked_example()
    {
        // Commission 5%: effective odds 1 + 1.35·0.95 = 2.2825 and 1 + 2.6·0.95 = 3.47; 3.2 → 3.09.
        // p·o: 1.027125, 1.041, 0.7725. Take 1 (1.041 > R = 1), then 0 (1.027125 > R = 0.7/(1 − 1/3.47) = 0.98340...),
        // then stop at 2 (0.7725 < R). Set {1, 0}: R = 0.25/(1 − 1/3.47 − 1/2.2825) = 0.25/0.273700... = 0.913411...
        double[] p = [0.45, 0.30, 0.25];
        double[] odds = [2.35, 3.6, 3.2];
        var reserve = 0.25 / (1 - (1 / 3.47) - (1 / 2.2825));

        var f = Kelly.MutuallyExclusiveFractions(p, odds, 0.05);

        Assert.Equal(0.913411, reserve, 6);
        Assert.Equal(0.45 - (reserve / 2.2825), f[0], 12); // 0.049820...
        Assert.Equal(0.30 - (reserve / 3.47), f[1], 12); // 0.036769...
        Assert.Equal(0, f[2]);
        AssertOptimal(p, [2.2825, 3.47, 3.09], f);
    }

    [Fact]
    public void Staking_plan_applies_fraction_and_caps_and_rounds_down_to_the_exchange_increment()
    {
        var plan = new StakingPlan { Method = StakingMethod.FractionalKelly, KellyFraction = 0.5, MaxBankrollShare = 0.1 };

        // Half of full Kelly 0.1/1.2 on 1,000 is 41.666…: rounded down to 41.66, never up to 41.67.
        Assert.Equal(41.66m, plan.Stake(1000, 0.5, 2.2));
        Assert.Equal(100m, plan.Stake(1000, 0.7, 2.2)); // full Kelly 0.45, half 0.225, capped at 10%
        Assert.Equal(0m, plan.Stake(1000, 0.4, 2.2));
        Assert.Equal(25m, (plan with { MaxStake = 25 }).Stake(1000, 0.7, 2.2));
        Assert.Equal(0m, (plan with { MinStake = 50, MinPayout = null }).Stake(1000, 0.5, 2.2));
        // Under the minimum stake but paying 41.66 × 2.2 = 91.65 ≥ 10: Betfair's payout rule accepts it.
        Assert.Equal(41.66m, (plan with { MinStake = 50 }).Stake(1000, 0.5, 2.2));
        Assert.Equal(2m, new StakingPlan { Method = StakingMethod.Flat, FlatStake = 2 }.Stake(1000, 0.5, 2.2));
        Assert.Equal(20m, new StakingPlan { Method = StakingMethod.Percentage, Percentage = 0.02 }.Stake(1000, 0.5, 2.2));
    }

    [Fact]
    public void Stakes_under_the_minimum_are_placed_only_when_their_payout_reaches_the_minimum_payout()
    {
        var plan = new StakingPlan { Method = StakingMethod.Percentage, Percentage = 0.005 };

        // 0.5% of 100 = 0.50 < the 1.00 minimum stake. At 25.0 the payout is 12.50 ≥ 10: accepted.
        Assert.Equal(0.5m, plan.Stake(100, 0.1, 25));
        // At 2.2 the payout is 1.10 < 10: not placed.
        Assert.Equal(0m, plan.Stake(100, 0.5, 2.2));
        // Where the exchange has no payout rule, the minimum stake alone decides.
        Assert.Equal(0m, (plan with { MinPayout = null }).Stake(100, 0.1, 25));
    }

    [Fact]
    public void Mutually_exclusive_stakes_share_one_bankroll_cap()
    {
        // Full Kelly on the arbitrage book is f = p: 500, 300, 200 of 1,000, together 1,000 against a 5% cap
        // of 50: scaled by 50/1,000 in proportion → 25.00, 15.00, 10.00 (each also under the per-bet cap of 50).
        var plan = new StakingPlan { KellyFraction = 1, MaxBankrollShare = 0.05 };

        Assert.Equal([25m, 15m, 10m], plan.Stakes(1000, [0.5, 0.3, 0.2], [2.1, 3.5, 5.5]));
    }

    [Fact]
    public void Mutually_exclusive_stakes_with_commission_match_hand_computation()
    {
        // Fractions from the commission example: 0.049820… and 0.036769…; a quarter of each on 10,000
        // is 124.550… and 91.923…, together 216.47 under the 5% cap of 500; rounded down to pennies.
        var plan = new StakingPlan { Commission = 0.05 };

        Assert.Equal([124.55m, 91.92m, 0m], plan.Stakes(10_000, [0.45, 0.30, 0.25], [2.35, 3.6, 3.2]));
    }

    private static void AssertOptimal(double[] p, double[] odds, double[] f)
    {
        // KKT for max Σ p_k log(1 − Σf + f_k·o_k): zero gradient on bets made, non-positive elsewhere.
        var wealth = Enumerable.Range(0, p.Length).Select(k => 1 - f.Sum() + (f[k] * odds[k])).ToArray();
        for (var i = 0; i < p.Length; i++)
        {
            var gradient = Enumerable.Range(0, p.Length).Sum(k => p[k] * ((k == i ? odds[i] : 0) - 1) / wealth[k]);
            if (f[i] > 0)
            {
                Assert.Equal(0, gradient, 9);
            }
            else
            {
                Assert.True(gradient <= 1e-12, $"outcome {i} gradient {gradient}");
            }
        }
    }
}
