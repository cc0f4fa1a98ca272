namespace Statistico.Betfair.Api;

/// <summary>
/// A settled, voided, lapsed or cancelled order (or a roll-up of them). <see cref="Profit"/> is before commission;
/// <see cref="Commission"/> is only present at MARKET (and coarser) roll-ups, as on Betfair.
/// </summary>
public sealed record ClearedOrderSummary
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
