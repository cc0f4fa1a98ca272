namespace Statistico.Contracts.Trading;

/// <summary>More of an order matched. Sizes are cumulative, so a late or repeated event is harmless.</summary>
/// <param name="TradeId">The trade the order belongs to.</param>
/// <param name="BetId">The exchange's bet id.</param>
/// <param name="SizeMatched">Total size matched so far.</param>
/// <param name="SizeRemaining">Size still unmatched.</param>
/// <param name="AveragePriceMatched">Average price of everything matched so far.</param>
/// <param name="MatchedAt">When the exchange reported it (UTC).</param>
public sealed record OrderMatched(
    Guid TradeId,
    string BetId,
    decimal SizeMatched,
    decimal SizeRemaining,
    decimal AveragePriceMatched,
    DateTimeOffset MatchedAt);
