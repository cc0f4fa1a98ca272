namespace Statistico.Modelling.Staking;

/// <summary>
/// Kelly criterion: the bankroll fraction that maximises expected log wealth. Commission on
/// winnings shortens the effective odds to 1 + (odds − 1)(1 − commission).
/// </summary>
public static class Kelly
{
    /// <summary>Full-Kelly fraction for one bet; zero when the bet has no edge.</summary>
    public static double Fraction(double probability, double odds, double commission = 0)
    {
        var netOdds = (odds - 1) * (1 - commission);
        if (netOdds <= 0)
        {
            return 0;
        }

        return Math.Max(0, ((probability * netOdds) - (1 - probability)) / netOdds);
    }

    /// <summary>
    /// Full-Kelly fractions for simultaneous back bets on mutually exclusive outcomes (e.g. HOME,
    /// DRAW, AWAY), by Smoczynski and Tomkins' (2010) algorithm: take outcomes in decreasing
    /// order of p·odds while p·odds exceeds the reserve rate R = (1 − Σp)/(1 − Σ1/odds) of the
    /// set so far; then stake p − R/odds on each. Outcomes not in the set get zero.
    /// </summary>
    public static double[] MutuallyExclusiveFractions(IReadOnlyList<double> probabilities, IReadOnlyList<double> odds, double commission = 0)
    {
        ArgumentNullException.ThrowIfNull(probabilities);
        ArgumentNullException.ThrowIfNull(odds);
        if (probabilities.Count != odds.Count)
        {
            throw new ArgumentException("One price per probability.", nameof(odds));
        }

        var effectiveOdds = odds.Select(o => 1 + ((o - 1) * (1 - commission))).ToArray();
        var order = Enumerable.Range(0, odds.Count).OrderByDescending(i => probabilities[i] * effectiveOdds[i]).ToArray();
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
            reserve = (1 - probabilitySum) / (1 - inverseOddsSum);
        }

        var fractions = new double[odds.Count];
        foreach (var i in chosen)
        {
            fractions[i] = Math.Max(0, probabilities[i] - (reserve / effectiveOdds[i]));
        }

        return fractions;
    }
}
