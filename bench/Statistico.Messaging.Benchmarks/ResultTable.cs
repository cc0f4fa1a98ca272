using System.Globalization;

namespace Statistico.Messaging.Benchmarks;

/// <summary>Prints the scenarios as a Markdown table, then the ratios the issue-15 targets are stated in.</summary>
internal static class ResultTable
{
    public static void Print(IReadOnlyList<Scenario> results, IEnumerable<(string Name, Scenario Numerator, Scenario Denominator)> ratios)
    {
        Console.WriteLine("| scenario | operations | seconds | per second | machine CPU µs per operation | of which this process | cores busy |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|");
        foreach (var result in results)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {result.Name} | {result.Operations} | {result.Elapsed.TotalSeconds:0.0} | {result.PerSecond:0} | {result.CpuMicrosecondsPerOperation:0} | {result.ProcessCpuMicrosecondsPerOperation:0} | {result.CoresBusy:0.0} |"));
        }

        Console.WriteLine();
        Console.WriteLine("| ratio | value |");
        Console.WriteLine("|---|---:|");
        foreach (var (name, numerator, denominator) in ratios)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {name} | {numerator.PerSecond / denominator.PerSecond:0.00} |"));
        }
    }
}
