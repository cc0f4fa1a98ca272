namespace Statistico.Cli.Evaluate;

/// <summary>
/// Percentile bootstrap of a mean of paired differences: resample the matches with replacement (each match
/// keeps both forecasts' scores together, so the interval reflects the correlation between them). Seeded, so a
/// report is reproducible.
/// </summary>
public static class PairedBootstrap
{
    public const int Resamples = 2000;

    /// <summary>(mean, 2.5th percentile, 97.5th percentile) of the mean of <paramref name="differences"/>.</summary>
    public static (double Mean, double Low, double High) Interval(IReadOnlyList<double> differences, int seed = 20261206)
    {
        ArgumentNullException.ThrowIfNull(differences);
        if (differences.Count == 0)
        {
            return (double.NaN, double.NaN, double.NaN);
        }

        var random = new Random(seed);
        var means = new double[Resamples];
        for (var r = 0; r < Resamples; r++)
        {
            var sum = 0.0;
            for (var i = 0; i < differences.Count; i++)
            {
                sum += differences[random.Next(differences.Count)];
            }

            means[r] = sum / differences.Count;
        }

        Array.Sort(means);
        return (differences.Average(), means[(int)(0.025 * Resamples)], means[(int)(0.975 * Resamples) - 1]);
    }
}
