namespace Statistico.Modelling.Metrics;

/// <summary>
/// Scores of one probabilistic forecast of a categorical outcome. For 1X2 the categories are
/// ordered HOME, DRAW, AWAY, which is what makes the ranked probability score meaningful.
/// </summary>
public static class ProbabilityScores
{
    /// <summary>Probabilities are floored here before taking logs so a confident miss costs a lot but not infinity.</summary>
    public const double LogFloor = 1e-15;

    /// <summary>
    /// Ranked probability score (Epstein 1969): the mean over the first r − 1 categories of the
    /// squared difference between forecast and observed cumulative probabilities. 0 is perfect.
    /// </summary>
    public static double RankedProbabilityScore(IReadOnlyList<double> probabilities, int outcome)
    {
        Validate(probabilities, outcome);
        double forecast = 0, observed = 0, sum = 0;
        for (var i = 0; i < probabilities.Count - 1; i++)
        {
            forecast += probabilities[i];
            observed += i == outcome ? 1 : 0;
            sum += (forecast - observed) * (forecast - observed);
        }

        return sum / (probabilities.Count - 1);
    }

    /// <summary>−ln of the probability given to what happened.</summary>
    public static double LogLoss(IReadOnlyList<double> probabilities, int outcome)
    {
        Validate(probabilities, outcome);
        return -Math.Log(Math.Max(probabilities[outcome], LogFloor));
    }

    /// <summary>Multi-category Brier score: Σ (pᵢ − oᵢ)², between 0 and 2.</summary>
    public static double Brier(IReadOnlyList<double> probabilities, int outcome)
    {
        Validate(probabilities, outcome);
        var sum = 0.0;
        for (var i = 0; i < probabilities.Count; i++)
        {
            var d = probabilities[i] - (i == outcome ? 1 : 0);
            sum += d * d;
        }

        return sum;
    }

    /// <summary>True when the outcome had the highest probability (ties go to the first category).</summary>
    public static bool IsCorrect(IReadOnlyList<double> probabilities, int outcome)
    {
        Validate(probabilities, outcome);
        var best = 0;
        for (var i = 1; i < probabilities.Count; i++)
        {
            if (probabilities[i] > probabilities[best])
            {
                best = i;
            }
        }

        return best == outcome;
    }

    private static void Validate(IReadOnlyList<double> probabilities, int outcome)
    {
        ArgumentNullException.ThrowIfNull(probabilities);
        if (probabilities.Count < 2)
        {
            throw new ArgumentException("A forecast needs at least two categories.", nameof(probabilities));
        }

        ArgumentOutOfRangeException.ThrowIfNegative(outcome);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(outcome, probabilities.Count);
    }
}
