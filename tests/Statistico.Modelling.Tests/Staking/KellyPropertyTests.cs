using CsCheck;
using Statistico.Modelling.Staking;
using Statistico.Modelling.Tests.Support;

namespace Statistico.Modelling.Tests.Staking;

/// <summary>Kelly is total: every input either sizes a finite fraction in [0, 1] or is rejected, by the rules in <see cref="StakingArguments"/>.</summary>
[Trait("Category", "Unit")]
public sealed class KellyPropertyTests
{
    [Fact]
    public void A_probability_that_is_not_a_number_in_the_unit_interval_is_rejected() =>
        PropertyCheck.Run(Gen.Select(StakingInputs.InvalidProbability, StakingInputs.Odds, StakingInputs.Commission), input =>
        {
            var (probability, odds, commission) = input;
            Assert.Throws<ArgumentOutOfRangeException>(() => Kelly.Fraction(probability, odds, commission));
            Assert.Throws<ArgumentOutOfRangeException>(() => Kelly.MutuallyExclusiveFractions([probability, 0], [odds, 2], commission));
        });

    [Fact]
    public void A_commission_that_is_not_a_rate_below_one_is_rejected() =>
        PropertyCheck.Run(Gen.Select(StakingInputs.Probability, StakingInputs.Odds, StakingInputs.InvalidCommission), input =>
        {
            var (probability, odds, commission) = input;
            Assert.Throws<ArgumentOutOfRangeException>(() => Kelly.Fraction(probability, odds, commission));
            Assert.Throws<ArgumentOutOfRangeException>(() => Kelly.MutuallyExclusiveFractions([probability], [odds], commission));
        });

    [Fact]
    public void Odds_that_cannot_be_backed_stake_nothing() =>
        PropertyCheck.Run(Gen.Select(StakingInputs.Probability, StakingInputs.UnbackableOdds, StakingInputs.Commission), input =>
        {
            var (probability, odds, commission) = input;
            Assert.Equal(0, Kelly.Fraction(probability, odds, commission));
            Assert.Equal(0, Kelly.MutuallyExclusiveFractions([probability, 0], [odds, 1.5], commission)[0]);
        });

    [Fact]
    public void A_single_fraction_is_finite_and_never_more_than_the_win_probability() =>
        PropertyCheck.Run(Gen.Select(StakingInputs.Probability, StakingInputs.Odds, StakingInputs.Commission), input =>
        {
            var (probability, odds, commission) = input;
            var fraction = Kelly.Fraction(probability, odds, commission);
            Assert.True(double.IsFinite(fraction) && fraction >= 0 && fraction <= probability, $"fraction {fraction}");
        });

    [Fact]
    public void Mutually_exclusive_fractions_are_finite_non_negative_and_sum_to_at_most_one() =>
        PropertyCheck.Run(
            StakingInputs.ExclusiveProbabilities.SelectMany(p => Gen.Select(Gen.Const(p), StakingInputs.Odds.Array[p.Length], StakingInputs.Commission)),
            input =>
            {
                var (probabilities, odds, commission) = input;
                var fractions = Kelly.MutuallyExclusiveFractions(probabilities, odds, commission);
                Assert.All(fractions, f => Assert.True(double.IsFinite(f) && f >= 0, $"fraction {f}"));
                Assert.True(fractions.Sum() <= 1 + 1e-9, $"sum {fractions.Sum()}");
                Assert.All(Enumerable.Range(0, odds.Length).Where(i => !StakingArguments.IsBackable(odds[i])), i => Assert.Equal(0, fractions[i]));
            });

    [Fact]
    public void Probabilities_of_exclusive_outcomes_summing_past_one_are_rejected() =>
        PropertyCheck.Run(Gen.Double[1e-6, 0.5], excess =>
            Assert.Throws<ArgumentException>(() => Kelly.MutuallyExclusiveFractions([0.5, 0.5 + excess], [2.5, 2.5])));
}
