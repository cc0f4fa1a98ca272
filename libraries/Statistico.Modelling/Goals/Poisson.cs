namespace Statistico.Modelling.Goals;

/// <summary>Poisson probabilities computed by recurrence, which avoids factorials and their overflow.</summary>
public static class Poisson
{
    /// <summary>P(X = k) for k = 0..maxCount.</summary>
    public static double[] Probabilities(double mean, int maxCount)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(mean);
        ArgumentOutOfRangeException.ThrowIfNegative(maxCount);
        var p = new double[maxCount + 1];
        p[0] = Math.Exp(-mean);
        for (var k = 1; k <= maxCount; k++)
        {
            p[k] = p[k - 1] * mean / k;
        }

        return p;
    }
}
