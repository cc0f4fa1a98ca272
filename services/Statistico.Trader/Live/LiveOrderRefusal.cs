namespace Statistico.Trader.Live;

/// <summary>Why an order is not sent at all: the code the trade is rejected with, and a sentence for the timeline.</summary>
/// <param name="Code">E.g. KILL_SWITCH, STALE_INTENT, MARKET_NOT_OPEN, TRANSACTION_BUDGET.</param>
/// <param name="Detail">What was seen.</param>
public sealed record LiveOrderRefusal(string Code, string Detail);
