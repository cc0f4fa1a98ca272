namespace Statistico.Contracts.Trading;

/// <summary>The exchange accepted an order.</summary>
/// <param name="TradeId">The trade the order belongs to.</param>
/// <param name="BetId">The exchange's bet id.</param>
/// <param name="PlacedAt">When the exchange accepted it (UTC).</param>
public sealed record OrderPlaced(Guid TradeId, string BetId, DateTimeOffset PlacedAt)
{
    /// <summary>Size matched at once on placement.</summary>
    public decimal SizeMatched { get; init; }

    /// <summary>Average matched price so far, when anything matched.</summary>
    public decimal? AveragePriceMatched { get; init; }
}
