namespace Statistico.Trader.Live;

/// <summary>
/// Scheduled by the live exchange to itself while an order is in doubt: look the reference up again. Never places.
/// </summary>
/// <param name="TradeId">The trade.</param>
/// <param name="CustomerOrderRef">The reference to look up.</param>
public sealed record ResolveLiveOrder(Guid TradeId, string CustomerOrderRef);
