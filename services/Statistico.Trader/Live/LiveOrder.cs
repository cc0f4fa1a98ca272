using Statistico.Contracts.Trading;

namespace Statistico.Trader.Live;

/// <summary>
/// The ledger row of one customer order reference (one per LIVE trade). Written and committed on its own before the
/// exchange is called, so whoever meets the reference later (a redelivery, a duplicate, a restart, another replica)
/// knows a call may have been made and looks the order up instead of placing it again. ADR 0610.
/// </summary>
public sealed class LiveOrder
{
    /// <summary>The trade's customerOrderRef (<see cref="Betfair.TradeReferences.CustomerOrderRef"/>): the key.</summary>
    public required string CustomerOrderRef { get; init; }

    public Guid TradeId { get; init; }

    public required string MarketId { get; init; }

    public long SelectionId { get; init; }

    public Side Side { get; init; }

    public decimal Price { get; init; }

    public decimal Size { get; init; }

    /// <summary>The customerRef of the one placeOrders call (attempt 1): there is never a second attempt.</summary>
    public required string CustomerRef { get; init; }

    public LiveOrderStatus Status { get; set; }

    /// <summary>The refusal or rejection code (KILL_SWITCH, INSUFFICIENT_FUNDS, NOT_PLACED, …).</summary>
    public string? ErrorCode { get; set; }

    public string? BetId { get; set; }

    /// <summary>Matched size and average price the exchange reported when the order was found or placed.</summary>
    public decimal SizeMatched { get; set; }

    public decimal? AveragePriceMatched { get; set; }

    /// <summary>When the row was committed (before the call, if one was made).</summary>
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>Since when no call of ours can still be in flight unrecorded: the visibility window counts from here.</summary>
    public DateTimeOffset? InDoubtSince { get; set; }

    public DateTimeOffset? ConcludedAt { get; set; }
}
