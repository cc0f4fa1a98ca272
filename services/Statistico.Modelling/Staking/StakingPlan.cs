namespace Statistico.Modelling.Staking;

/// <summary>
/// A staking rule with caps. Flat and percentage stakes ignore the edge (but still need one to
/// bet); fractional Kelly scales with it. Caps bound the stake by an absolute amount and by a
/// share of bankroll, and stakes under the minimum are not placed.
/// </summary>
public sealed record StakingPlan
{
    /// <summary>The sizing rule.</summary>
    public StakingMethod Method { get; init; } = StakingMethod.FractionalKelly;

    /// <summary>Stake for <see cref="StakingMethod.Flat"/>.</summary>
    public double FlatStake { get; init; } = 1;

    /// <summary>Bankroll share for <see cref="StakingMethod.Percentage"/> (0.01 = 1%).</summary>
    public double Percentage { get; init; } = 0.01;

    /// <summary>Multiplier on full Kelly; a quarter to a half is usual because edges are estimated.</summary>
    public double KellyFraction { get; init; } = 0.25;

    /// <summary>Largest share of bankroll on one bet.</summary>
    public double MaxBankrollShare { get; init; } = 0.05;

    /// <summary>Largest stake in money, if any.</summary>
    public double? MaxStake { get; init; }

    /// <summary>Smallest stake worth placing (exchanges have minimum stakes); smaller ones become zero.</summary>
    public double MinStake { get; init; }

    /// <summary>Commission on winnings.</summary>
    public double Commission { get; init; }

    /// <summary>The stake for a back bet at <paramref name="odds"/> believed to win with <paramref name="probability"/>.</summary>
    public double Stake(double bankroll, double probability, double odds)
    {
        var kelly = Kelly.Fraction(probability, odds, Commission);
        if (kelly <= 0 || bankroll <= 0)
        {
            return 0;
        }

        var stake = Method switch
        {
            StakingMethod.Flat => FlatStake,
            StakingMethod.Percentage => Percentage * bankroll,
            _ => KellyFraction * kelly * bankroll,
        };
        return Cap(stake, bankroll);
    }

    /// <summary>Stakes for simultaneous bets on mutually exclusive outcomes (Kelly sizes them jointly).</summary>
    public double[] Stakes(double bankroll, IReadOnlyList<double> probabilities, IReadOnlyList<double> odds)
    {
        var fractions = Kelly.MutuallyExclusiveFractions(probabilities, odds, Commission);
        return [.. fractions.Select(f => f <= 0 || bankroll <= 0
            ? 0
            : Cap(Method switch
            {
                StakingMethod.Flat => FlatStake,
                StakingMethod.Percentage => Percentage * bankroll,
                _ => KellyFraction * f * bankroll,
            }, bankroll))];
    }

    private double Cap(double stake, double bankroll)
    {
        stake = Math.Min(stake, MaxBankrollShare * bankroll);
        if (MaxStake is { } max)
        {
            stake = Math.Min(stake, max);
        }

        return stake < MinStake ? 0 : stake;
    }
}
