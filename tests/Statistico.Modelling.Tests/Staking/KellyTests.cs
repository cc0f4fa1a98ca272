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
    public void Staking_plan_applies_fraction_and_caps()
    {
        var plan = new StakingPlan { Method = StakingMethod.FractionalKelly, KellyFraction = 0.5, MaxBankrollShare = 0.1 };

        Assert.Equal(0.5 * (0.1 / 1.2) * 1000, plan.Stake(1000, 0.5, 2.2), 9);
        Assert.Equal(100, plan.Stake(1000, 0.7, 2.2), 9); // full Kelly 0.45, half 0.225, capped at 10%
        Assert.Equal(0, plan.Stake(1000, 0.4, 2.2));
        Assert.Equal(25, (plan with { MaxStake = 25 }).Stake(1000, 0.7, 2.2), 9);
        Assert.Equal(0, (plan with { MinStake = 50 }).Stake(1000, 0.5, 2.2));
        Assert.Equal(2, new StakingPlan { Method = StakingMethod.Flat, FlatStake = 2 }.Stake(1000, 0.5, 2.2));
        Assert.Equal(20, new StakingPlan { Method = StakingMethod.Percentage, Percentage = 0.02 }.Stake(1000, 0.5, 2.2), 12);
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
