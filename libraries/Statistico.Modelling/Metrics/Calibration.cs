namespace Statistico.Modelling.Metrics;

/// <summary>Reliability diagrams: are events forecast at p happening a share p of the time?</summary>
public static class Calibration
{
    /// <summary>Equal-width bins over [0, 1].</summary>
    public static IReadOnlyList<CalibrationBin> Bins(IEnumerable<(double Probability, bool Happened)> forecasts, int binCount = 10)
    {
        ArgumentNullException.ThrowIfNull(forecasts);
        ArgumentOutOfRangeException.ThrowIfLessThan(binCount, 1);
        var counts = new int[binCount];
        var forecastSums = new double[binCount];
        var hits = new int[binCount];
        foreach (var (p, happened) in forecasts)
        {
            var bin = Math.Clamp((int)(p * binCount), 0, binCount - 1);
            counts[bin]++;
            forecastSums[bin] += p;
            hits[bin] += happened ? 1 : 0;
        }

        return [.. Enumerable.Range(0, binCount).Select(b => new CalibrationBin(
            (double)b / binCount,
            (double)(b + 1) / binCount,
            counts[b],
            counts[b] == 0 ? double.NaN : forecastSums[b] / counts[b],
            counts[b] == 0 ? double.NaN : (double)hits[b] / counts[b]))];
    }

    /// <summary>Expected calibration error: count-weighted mean |mean forecast − observed frequency|.</summary>
    public static double ExpectedCalibrationError(IReadOnlyList<CalibrationBin> bins)
    {
        ArgumentNullException.ThrowIfNull(bins);
        var total = bins.Sum(b => b.Count);
        return total == 0
            ? double.NaN
            : bins.Where(b => b.Count > 0).Sum(b => b.Count * Math.Abs(b.MeanForecast - b.ObservedFrequency)) / total;
    }
}
