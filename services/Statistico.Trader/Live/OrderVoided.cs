namespace Statistico.Trader.Live;

/// <summary>The exchange voided a LIVE trade's order (listClearedOrders VOIDED): stakes returned, nothing won or lost.</summary>
/// <param name="TradeId">The trade.</param>
/// <param name="BetId">The exchange's bet id.</param>
/// <param name="VoidedAt">When the exchange voided it.</param>
public sealed record OrderVoided(Guid TradeId, string BetId, DateTimeOffset VoidedAt);
