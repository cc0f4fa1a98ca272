namespace Statistico.Contracts.Trading;

/// <summary>Command to the exchange adapter: cancel the unmatched part of an order.</summary>
/// <param name="TradeId">The trade the order belongs to.</param>
/// <param name="ExchangeMarketId">The exchange's market id.</param>
/// <param name="BetId">The exchange's bet id.</param>
/// <param name="Reason">Why the trade cancels, e.g. <c>timeout</c> or <c>kick-off</c>.</param>
public sealed record CancelOrder(Guid TradeId, string ExchangeMarketId, string BetId, string Reason);
