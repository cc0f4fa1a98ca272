namespace Statistico.Betfair.Api;

/// <summary>One of the caller's orders inside a market book.</summary>
public sealed record Order
{
    public required string BetId { get; init; }

    public OrderType OrderType { get; init; }

    public OrderStatus Status { get; init; }

    public PersistenceType PersistenceType { get; init; }

    public Side Side { get; init; }

    public decimal Price { get; init; }

    public decimal Size { get; init; }

    public decimal BspLiability { get; init; }

    public DateTimeOffset PlacedDate { get; init; }

    public decimal? AvgPriceMatched { get; init; }

    public decimal? SizeMatched { get; init; }

    public decimal? SizeRemaining { get; init; }

    public decimal? SizeLapsed { get; init; }

    public decimal? SizeCancelled { get; init; }

    public decimal? SizeVoided { get; init; }

    public string? CustomerOrderRef { get; init; }

    public string? CustomerStrategyRef { get; init; }
}
