namespace Statistico.Modelling.Staking;

/// <summary>
/// Kelly criterion: the bankroll fraction that maximises expected log wealth. Commission on
/// winnings shortens the effective odds to 1 + (odds − 1)(1 − commission).
/// </summary>
/// <remarks>
/// Inputs follow <see cref="StakingArguments"/>: a probability that is not a number in [0, 1] and a
/// commission that is not a rate in [0, 1) throw <see cref="ArgumentOutOfRangeException"/>; odds
/// that cannot be backed (NaN, ±infinity, ≤ 1) give a zero fraction. Every fraction returned is
/// finite and in [0, 1].
/// </remarks>
public static class Kelly
{
    /// <summary>Full-Kelly fraction for one bet; zero when the bet has no edge or the odds cannot be backed.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The probability or the commission is out of range.</exception>
    public static double Fraction(double probability, double odds, double commission = 0)
    {
        StakingArguments.RequireProbability(probability, nameof(probability));
        StakingArguments.RequireCommission(commission, nameof(commission));
        if (!StakingArguments.IsBackable(odds))
        {
            return 0;
        }

        var netOdds = (odds - 1) * (1 - commission);
        if (netOdds <= 0)
        {
            return 0;
        }

        // p − q/b rather than (p·b − q)/b: the same number, but subtracting a non-negative term can
        // never round above p (the other form did, by an ulp, at odds near double's range).
        return Math.Max(0, probability - ((1 - probability) / netOdds));
    }

    /// <summary>
    /// Full-Kelly fractions for simultaneous back bets on mutually exclusive outcomes (e.g. HOME,
    /// DRAW, AWAY), by Smoczynski and Tomkins' (2010) algorithm: take outcomes in decreasing
    /// order of p·odds while p·odds exceeds the reserve rate R = (1 − Σp)/(1 − Σ1/odds) of the
    /// set so far; then stake p − R/odds on each. Outcomes not in the set, and outcomes whose odds
    /// cannot be backed, get zero. The fractions sum to at most Σp ≤ 1.
    /// </summary>
    /// <exception cref="ArgumentException">The lists differ in length, or the probabilities sum to more than one.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A probability or the commission is out of range.</exception>
    public static double[] MutuallyExclusiveFractions(IReadOnlyList<double> probabilities, IReadOnlyList<double> odds, double commission = 0)
    {
        ArgumentNullException.ThrowIfNull(probabilities);
        ArgumentNullException.ThrowIfNull(odds);
        if (probabilities.Count != odds.Count)
        {
            throw new ArgumentException("One price per probability.", nameof(odds));
        }

        StakingArguments.RequireCommission(commission, nameof(commission));
        foreach (var probability in probabilities)
        {
            StakingArguments.RequireProbability(probability, nameof(probabilities));
        }

        // Rounding in a model's distribution can leave a sum a hair above one; more than that
        // means the outcomes are not mutually exclusive and the algorithm's reserve rate goes negative.
        if (probabilities.Sum() > 1 + 1e-9)
        {
            throw new ArgumentException("Mutually exclusive outcomes cannot have probabilities summing to more than one.", nameof(probabilities));
        }

        var effectiveOdds = odds.Select(o => 1 + ((o - 1) * (1 - commission))).ToArray();
        var order = Enumerable.Range(0, odds.Count)
            .Where(i => StakingArguments.IsBackable(odds[i]))
            .OrderByDescending(i => probabilities[i] * effectiveOdds[i])
            .ToArray();
        double probabilitySum = 0, inverseOddsSum = 0, reserve = 1;
        var chosen = new List<int>();
        foreach (var i in order)
        {
            if (probabilities[i] * effectiveOdds[i] <= reserve || inverseOddsSum + (1 / effectiveOdds[i]) >= 1)
            {
                // Later outcomes have lower expected returns; and once the set's inverse odds
                // reach one the reserve rate's denominator is no longer positive, so stop there.
                break;
            }

            chosen.Add(i);
            probabilitySum += probabilities[i];
            inverseOddsSum += 1 / effectiveOdds[i];
            reserve = Math.Max(0, (1 - probabilitySum) / (1 - inverseOddsSum));
        }

        var fractions = new double[odds.Count];
        foreach (var i in chosen)
        {
            fractions[i] = Math.Max(0, probabilities[i] - (reserve / effectiveOdds[i]));
        }

        return fractions;
    }
}
