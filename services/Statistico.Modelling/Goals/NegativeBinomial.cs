namespace Statistico.Modelling.Goals;

/// <summary>Negative-binomial probabilities (mean μ, size r) by recurrence.</summary>
public static class NegativeBinomial
{
    /// <summary>P(X = k) for k = 0..maxCount; tends to Poisson as r grows.</summary>
    public static double[] Probabilities(double mean, double size, int maxCount)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(mean);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(size);
        ArgumentOutOfRangeException.ThrowIfNegative(maxCount);
        var p = new double[maxCount + 1];
        var q = mean / (size + mean);
        p[0] = Math.Exp(size * Math.Log(size / (size + mean)));
        for (var k = 1; k <= maxCount; k++)
        {
            p[k] = p[k - 1] * (k - 1 + size) / k * q;
        }

        return p;
    }

    /// <summary>P(X = k) for either distribution.</summary>
    public static double[] Probabilities(CountDistribution distribution, double mean, double size, int maxCount) =>
        distribution == CountDistribution.Poisson
            ? Poisson.Probabilities(mean, maxCount)
            : Probabilities(mean, size, maxCount);
}
