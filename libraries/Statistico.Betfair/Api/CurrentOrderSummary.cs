namespace Statistico.Betfair.Api;

/// <summary>One current (not yet cleared) order.</summary>
public sealed record CurrentOrderSummary
{
    public required string BetId { get; init; }

    public required string MarketId { get; init; }

    public long SelectionId { get; init; }

    public double Handicap { get; init; }

    public required PriceSize PriceSize { get; init; }

    public decimal BspLiability { get; init; }

    public Side Side { get; init; }

    public OrderStatus Status { get; init; }

    public PersistenceType PersistenceType { get; init; }

    public OrderType OrderType { get; init; }

    public DateTimeOffset PlacedDate { get; init; }

    public DateTimeOffset? MatchedDate { get; init; }

    public decimal? AveragePriceMatched { get; init; }

    public decimal SizeMatched { get; init; }

    public decimal SizeRemaining { get; init; }

    public decimal SizeLapsed { get; init; }

    public decimal SizeCancelled { get; init; }

    public decimal SizeVoided { get; init; }

    public string? CustomerOrderRef { get; init; }

    public string? CustomerStrategyRef { get; init; }
}
