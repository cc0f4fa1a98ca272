using CsCheck;
using Statistico.Modelling.Staking;

namespace Statistico.Modelling.Tests.Staking;

/// <summary>Generators for staking inputs, valid and invalid, with the edge values drawn often.</summary>
public static class StakingInputs
{
    /// <summary>Doubles that are not a probability: NaN, ±infinity, and finite values outside [0, 1].</summary>
    public static readonly Gen<double> InvalidProbability = Gen.Frequency(
        (2, Gen.OneOf(double.NaN, double.PositiveInfinity, double.NegativeInfinity, -double.Epsilon, 1 + 1e-15, double.MaxValue, double.MinValue)),
        (1, Gen.Double[-1e6, -1e-12]),
        (1, Gen.Double[1 + 1e-12, 1e6]));

    /// <summary>Probabilities in [0, 1], the end points included.</summary>
    public static readonly Gen<double> Probability = Gen.Frequency(
        (6, Gen.Double[0, 1]),
        (1, Gen.OneOf(0.0, 1.0, double.Epsilon, 1 - 1e-16)));

    /// <summary>Commission rates in [0, 1).</summary>
    public static readonly Gen<double> Commission = Gen.Frequency(
        (3, Gen.Double[0, 0.1]),
        (1, Gen.Double[0, 0.999_999]),
        (1, Gen.OneOf(0.0, 0.02, 0.05, 1 - 1e-12)));

    /// <summary>Doubles that are not a commission rate.</summary>
    public static readonly Gen<double> InvalidCommission = Gen.Frequency(
        (2, Gen.OneOf(double.NaN, double.PositiveInfinity, double.NegativeInfinity, 1.0, -1e-300)),
        (1, Gen.Double[-10, -1e-12]),
        (1, Gen.Double[1, 10]));

    /// <summary>Odds that cannot be backed: NaN, ±infinity and odds of one or less.</summary>
    public static readonly Gen<double> UnbackableOdds = Gen.Frequency(
        (2, Gen.OneOf(double.NaN, double.PositiveInfinity, double.NegativeInfinity, 1.0, 0.0, -1.0, double.MinValue)),
        (1, Gen.Double[-1e6, 1]));

    /// <summary>Backable odds, from a hair above one to far beyond Betfair's ladder.</summary>
    public static readonly Gen<double> BackableOdds = Gen.Frequency(
        (6, Gen.Double[1.01, 30]),
        (2, Gen.Double[30, 1000]),
        (1, Gen.OneOf(1 + 1e-12, 1.01, 2.0, 1000.0, 1e15, double.MaxValue)));

    /// <summary>Any odds, backable or not.</summary>
    public static readonly Gen<double> Odds = Gen.Frequency((4, BackableOdds), (1, UnbackableOdds));

    /// <summary>Bankrolls up to <see cref="StakingPlan.MaxBankroll"/>, with zero, negatives and pennies.</summary>
    public static readonly Gen<decimal> Bankroll = Gen.Frequency(
        (4, Gen.Decimal[0, 100_000]),
        (1, Gen.Decimal[0, StakingPlan.MaxBankroll]),
        (1, Gen.Decimal[-1_000_000, 0]),
        (1, Gen.OneOf(0m, -0.01m, 0.01m, 0.99m, 1m, StakingPlan.MaxBankroll)));

    /// <summary>Any valid plan: every method, caps from none to tight, Betfair's or other exchanges' size rules.</summary>
    public static readonly Gen<StakingPlan> Plan =
        Gen.Select(
            Gen.OneOf(StakingMethod.Flat, StakingMethod.Percentage, StakingMethod.FractionalKelly),
            Gen.Decimal[0, 1_000],
            Gen.Double[0, 1],
            Gen.Double[0, 1],
            Gen.Frequency((3, Gen.Double[0, 0.2]), (1, Gen.Double[0, 1]), (1, Gen.OneOf(0.0, 1.0))),
            Gen.Frequency((2, Gen.Const((decimal?)null)), (1, Gen.Decimal[0, 500].Select(m => (decimal?)m))),
            Gen.Select(Gen.OneOf(0m, 1m, 2m, 5m), Gen.OneOf<decimal?>(null, 10m, 20m), Gen.OneOf(0.01m, 0.05m, 1m), Commission))
        .Select((method, flat, percentage, kelly, share, maxStake, rules) => new StakingPlan
        {
            Method = method,
            FlatStake = flat,
            Percentage = percentage,
            KellyFraction = kelly,
            MaxBankrollShare = share,
            MaxStake = maxStake,
            MinStake = rules.Item1,
            MinPayout = rules.Item2,
            StakeIncrement = rules.Item3,
            Commission = rules.Item4,
        });

    /// <summary>Probabilities of two to six mutually exclusive outcomes (summing to one, or less when the list is not exhaustive).</summary>
    public static readonly Gen<double[]> ExclusiveProbabilities =
        Gen.Select(Gen.Double[1e-6, 1].Array[2, 6], Gen.Frequency((3, Gen.Const(1.0)), (1, Gen.Double[0, 1])))
        .Select((weights, total) => weights.Select(w => w / weights.Sum() * total).ToArray());
}
