namespace Statistico.Betfair.Streaming;

/// <summary>What changed of the account's orders in one market.</summary>
public sealed record OrderMarketChange
{
    public required string Id { get; init; }

    /// <summary>Replace everything cached of this market.</summary>
    public bool? FullImage { get; init; }

    public bool? Closed { get; init; }

    public IReadOnlyList<OrderRunnerChange>? Orc { get; init; }
}
