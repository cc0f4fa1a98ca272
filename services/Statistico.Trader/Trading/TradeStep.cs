namespace Statistico.Trader.Trading;

/// <summary>One transition of a trade's timeline: from which state to which, when, and the event that caused it.</summary>
/// <param name="From">The state before (null for the first step).</param>
/// <param name="To">The state after.</param>
/// <param name="Cause">The event, e.g. <c>OrderMatched</c>.</param>
/// <param name="At">When the Trader recorded it (UTC).</param>
/// <param name="Detail">What the event said that matters, e.g. a rejection's error code.</param>
public sealed record TradeStep(string? From, string To, string Cause, DateTimeOffset At, string? Detail = null);
