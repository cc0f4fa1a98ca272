namespace Statistico.Betfair.Streaming;

/// <summary>
/// What changed in one market. With <see cref="Img"/> the market is replaced; otherwise each runner change is merged:
/// <c>[price, size]</c> and <c>[level, price, size]</c> entries replace what is at that price or level, size 0 removes it.
/// </summary>
public sealed record MarketChange
{
    public required string Id { get; init; }

    public bool? Img { get; init; }

    /// <summary>Total traded volume of the market.</summary>
    public decimal? Tv { get; init; }

    /// <summary>Whether this change was conflated (several changes sent as one).</summary>
    public bool? Con { get; init; }

    public StreamMarketDefinition? MarketDefinition { get; init; }

    public IReadOnlyList<RunnerChange>? Rc { get; init; }
}
