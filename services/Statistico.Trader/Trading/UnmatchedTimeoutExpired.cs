namespace Statistico.Trader.Trading;

/// <summary>Scheduled by a trade whose order is not fully matched: time to cancel what is left.</summary>
/// <param name="TradeId">The trade.</param>
public sealed record UnmatchedTimeoutExpired(Guid TradeId);
