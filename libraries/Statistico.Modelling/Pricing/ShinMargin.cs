namespace Statistico.Modelling.Pricing;

/// <summary>
/// Shin (1993). With insider share z and booksum S = Σπ, the true probabilities are
/// p = (√(z² + 4(1 − z)π²/S) − z) / (2(1 − z)), with z chosen so they sum to one; the forward
/// model is π = √(z·p + (1 − z)·p²) · Σⱼ √(z·pⱼ + (1 − z)·pⱼ²).
/// </summary>
public sealed class ShinMargin : IMarginModel
{
    /// <inheritdoc/>
    public MarginMethod Method => MarginMethod.Shin;

    /// <summary>The insider share z implied by quoted odds.</summary>
    public static double InsiderShare(IReadOnlyList<double> odds)
    {
        var implied = Implied.Probabilities(odds);
        var booksum = implied.Sum();
        return booksum <= 1 ? 0 : RootFinder.Solve(z => TrueProbabilities(implied, booksum, z).Sum() - 1, 0, 0.999);
    }

    /// <inheritdoc/>
    public double[] Remove(IReadOnlyList<double> odds)
    {
        var implied = Implied.Probabilities(odds);
        var booksum = implied.Sum();
        if (booksum <= 1)
        {
            // Shin's model has no insider share for a book without margin: fall back to normalising.
            return [.. implied.Select(p => p / booksum)];
        }

        return TrueProbabilities(implied, booksum, InsiderShare(odds));
    }

    /// <inheritdoc/>
    public double[] Apply(IReadOnlyList<double> probabilities, double margin)
    {
        ArgumentNullException.ThrowIfNull(probabilities);
        ArgumentOutOfRangeException.ThrowIfNegative(margin);
        var z = margin == 0 ? 0 : RootFinder.Solve(s => Math.Pow(RootSum(probabilities, s), 2) - (1 + margin), 0, 0.999);
        var sum = RootSum(probabilities, z);
        return [.. probabilities.Select(p => Math.Sqrt((z * p) + ((1 - z) * p * p)) * sum)];
    }

    private static double RootSum(IReadOnlyList<double> probabilities, double z) =>
        probabilities.Sum(p => Math.Sqrt((z * p) + ((1 - z) * p * p)));

    private static double[] TrueProbabilities(double[] implied, double booksum, double z) =>
        [.. implied.Select(pi => (Math.Sqrt((z * z) + (4 * (1 - z) * pi * pi / booksum)) - z) / (2 * (1 - z)))];
}
