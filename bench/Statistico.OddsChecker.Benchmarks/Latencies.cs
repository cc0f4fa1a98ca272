using System.Globalization;

namespace Statistico.OddsChecker.Benchmarks;

/// <summary>A sample of latencies in milliseconds, with nearest-rank percentiles over the sorted sample (every value kept).</summary>
internal sealed class Latencies(string name, IEnumerable<double> milliseconds)
{
    private readonly double[] sorted = [.. milliseconds.Order()];

    public int Count => sorted.Length;

    public double Max => sorted.Length == 0 ? double.NaN : sorted[^1];

    public double Mean => sorted.Length == 0 ? double.NaN : sorted.Average();

    public double Percentile(double p) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(p / 100 * sorted.Length) - 1, 0, sorted.Length - 1)];

    public string Row(int expected) => string.Create(CultureInfo.InvariantCulture,
        $"| {name} | {Count} of {expected} | {Mean:F1} | {Percentile(50):F1} | {Percentile(95):F1} | {Percentile(99):F1} | {Max:F1} |");

    public const string Header = "| path | changes carried | mean ms | p50 ms | p95 ms | p99 ms | max ms |\n|---|---:|---:|---:|---:|---:|---:|";
}
