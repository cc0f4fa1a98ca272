namespace Statistico.Betfair.Streaming;

/// <summary>Which orders an order subscription covers.</summary>
public sealed record StreamOrderFilter
{
    public bool? IncludeOverallPosition { get; init; }

    /// <summary>Only orders placed with one of these strategy references (none: every order).</summary>
    public IReadOnlyList<string>? CustomerStrategyRefs { get; init; }

    public bool? PartitionMatchedByStrategyRef { get; init; }
}
