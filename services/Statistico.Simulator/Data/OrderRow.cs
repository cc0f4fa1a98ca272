using Statistico.Betfair.Api;

namespace Statistico.Simulator.Data;

/// <summary>An order and its whole life: matched, cancelled, lapsed, settled. Every change is saved before it is reported.</summary>
public sealed class OrderRow
{
    public long BetId { get; set; }

    public required string MarketId { get; set; }

    public int FixtureId { get; set; }

    public long SelectionId { get; set; }

    public Side Side { get; set; }

    public decimal Price { get; set; }

    public decimal Size { get; set; }

    public PersistenceType PersistenceType { get; set; }

    public OrderStatus Status { get; set; }

    public decimal SizeMatched { get; set; }

    /// <summary>Stake-weighted average price of what is matched.</summary>
    public decimal? AveragePriceMatched { get; set; }

    public decimal SizeCancelled { get; set; }

    public decimal SizeLapsed { get; set; }

    public decimal SizeVoided { get; set; }

    /// <summary>Crowd volume resting ahead of this order at its price (queue position).</summary>
    public decimal QueueAhead { get; set; }

    /// <summary>Simulated time up to which counter-party flow has been applied.</summary>
    public DateTimeOffset FlowedUntil { get; set; }

    public DateTimeOffset PlacedDate { get; set; }

    public DateTimeOffset? MatchedDate { get; set; }

    public DateTimeOffset? CancelledDate { get; set; }

    public DateTimeOffset? LapsedDate { get; set; }

    public string? CustomerOrderRef { get; set; }

    public string? CustomerStrategyRef { get; set; }

    public DateTimeOffset? SettledDate { get; set; }

    /// <summary>Profit before commission once settled.</summary>
    public decimal? Profit { get; set; }

    /// <summary>WON or LOST once settled.</summary>
    public string? BetOutcome { get; set; }

    public decimal SizeRemaining => Size - SizeMatched - SizeCancelled - SizeLapsed - SizeVoided;

    /// <summary>Adds a fill at <paramref name="price"/>, keeping the average matched price.</summary>
    public void Fill(decimal size, decimal price, DateTimeOffset at)
    {
        var matched = SizeMatched + size;
        AveragePriceMatched = Math.Round((((AveragePriceMatched ?? 0) * SizeMatched) + (price * size)) / matched, 4);
        SizeMatched = matched;
        MatchedDate = at;
        if (SizeRemaining <= 0)
        {
            Status = OrderStatus.ExecutionComplete;
        }
    }
}
