using Statistico.Betfair.Api;

namespace Statistico.Simulator.Exchange.Contract;

/// <summary>One row of listClearedOrders: Betfair's ClearedOrderSummary plus the optional itemDescription.</summary>
public sealed record ClearedOrderRow
{
    public string? EventTypeId { get; init; }

    public string? EventId { get; init; }

    public string? MarketId { get; init; }

    public long? SelectionId { get; init; }

    public double? Handicap { get; init; }

    public string? BetId { get; init; }

    public DateTimeOffset? PlacedDate { get; init; }

    public PersistenceType? PersistenceType { get; init; }

    public OrderType? OrderType { get; init; }

    public Side? Side { get; init; }

    public ItemDescription? ItemDescription { get; init; }

    public string? BetOutcome { get; init; }

    public decimal? PriceRequested { get; init; }

    public DateTimeOffset? SettledDate { get; init; }

    public DateTimeOffset? LastMatchedDate { get; init; }

    public int? BetCount { get; init; }

    public decimal? Commission { get; init; }

    public decimal? PriceMatched { get; init; }

    public bool? PriceReduced { get; init; }

    public decimal? SizeSettled { get; init; }

    public decimal? Profit { get; init; }

    public decimal? SizeCancelled { get; init; }

    public string? CustomerOrderRef { get; init; }

    public string? CustomerStrategyRef { get; init; }
}
