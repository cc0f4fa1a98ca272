namespace Statistico.Betfair.Streaming;

/// <summary>What a market subscription sends of each market: <see cref="MarketDataFields"/> and ladder depth (1–10).</summary>
public sealed record StreamMarketDataFilter
{
    public IReadOnlyList<string>? Fields { get; init; }

    public int? LadderLevels { get; init; }
}
