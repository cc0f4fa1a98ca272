namespace Statistico.Messaging.Benchmarks;

/// <summary>One measured run.</summary>
/// <param name="Name">What ran.</param>
/// <param name="Operations">Saga transitions or messages delivered.</param>
/// <param name="Elapsed">Wall time from the first publish to the last arrival.</param>
public sealed record Scenario(string Name, int Operations, TimeSpan Elapsed)
{
    public double PerSecond => Operations / Elapsed.TotalSeconds;
}
