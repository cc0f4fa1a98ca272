namespace Statistico.Contracts.Odds;

/// <summary>One market as a source showed it at one instant.</summary>
/// <param name="FixtureId">The fixture the market belongs to.</param>
/// <param name="MarketType">Betfair market type code.</param>
/// <param name="ObservedAt">When the prices were observed (UTC).</param>
/// <param name="Runners">Prices per selection.</param>
public sealed record ObservedMarket(
    Guid FixtureId,
    string MarketType,
    DateTimeOffset ObservedAt,
    IReadOnlyList<ObservedRunner> Runners)
{
    /// <summary>The source's market id (e.g. Betfair's <c>1.234567</c>).</summary>
    public string? ExchangeMarketId { get; init; }

    /// <summary>Whether the market was in play when observed.</summary>
    public bool InPlay { get; init; }

    /// <summary>Total money matched on the market, when known.</summary>
    public decimal? TotalMatched { get; init; }

    /// <summary>
    /// The market's state at the source when it is not open: <c>SUSPENDED</c> (no betting for now, e.g. in play on an
    /// exchange without in-play trading) or <c>CLOSED</c> (no more prices; runners may be empty). Null means open, so
    /// consumers written before this field read every market as they did.
    /// </summary>
    public string? Status { get; init; }
}
