using System.Globalization;

namespace Statistico.Trader.Benchmarks;

/// <summary>A sample of latencies in milliseconds, with nearest-rank percentiles over the sorted sample (every value kept).</summary>
internal sealed class Latencies
{
    private readonly double[] sorted;

    public Latencies(string name, IEnumerable<double> milliseconds)
    {
        Name = name;
        sorted = [.. milliseconds.Order()];
    }

    public string Name { get; }

    public int Count => sorted.Length;

    public IReadOnlyList<double> All => sorted;

    public double Max => sorted.Length == 0 ? double.NaN : sorted[^1];

    public double Percentile(double p) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(p / 100 * sorted.Length) - 1, 0, sorted.Length - 1)];

    public string Row(string rate) => string.Create(CultureInfo.InvariantCulture,
        $"| {Name} | {Count:N0} | {rate} | {Percentile(50):F2} | {Percentile(90):F2} | {Percentile(99):F2} | {Max:F2} |");

    public const string Header = "| measurement | samples | rate | p50 ms | p90 ms | p99 ms | max ms |\n|---|---:|---:|---:|---:|---:|---:|";
}
