using Statistico.Simulator.Data;

namespace Statistico.Simulator.Exchange;

/// <summary>What <see cref="AmendmentGate"/> found: the open market and the bets each instruction names (null where
/// none is), or the error code that refuses the whole call.</summary>
/// <param name="Market">The market, when the call may go on.</param>
/// <param name="ErrorCode">Why the call is refused, when it is.</param>
/// <param name="Orders">The bet each instruction names on that market, in order; null for an unknown bet id.</param>
/// <param name="Now">The world time the call runs at.</param>
public sealed record AmendedBets(SimMarket? Market, string? ErrorCode, IReadOnlyList<OrderRow?> Orders, DateTimeOffset Now);
