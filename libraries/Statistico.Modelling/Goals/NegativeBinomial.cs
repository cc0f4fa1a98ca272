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

    /// <summary>
    /// One side's negative-binomial log-likelihood (less the constant log x!) and its derivatives
    /// by log mean and log size: r(x − m)/(r + m) and r[ψ(x + r) − ψ(r) + log(r/(r + m)) + (m − x)/(r + m)].
    /// </summary>
    internal static (double LogLikelihood, double DLogMean, double DLogSize) LogLikelihoodTerm(
        double x, double mean, double size, double lgammaSize, double digammaSize)
    {
        var total = size + mean;
        var logShare = Math.Log(size / total);
        var ll = MathNet.Numerics.SpecialFunctions.GammaLn(x + size) - lgammaSize + (size * logShare) + (x * Math.Log(mean / total));
        var dLogMean = size * (x - mean) / total;
        var dLogSize = size * (MathNet.Numerics.SpecialFunctions.DiGamma(x + size) - digammaSize + logShare + ((mean - x) / total));
        return (ll, dLogMean, dLogSize);
    }
}
