namespace Statistico.Contracts.Trading;

/// <summary>The exchange lapsed the unmatched part of an order (e.g. at kick-off with persistence LAPSE).</summary>
/// <param name="TradeId">The trade the order belongs to.</param>
/// <param name="BetId">The exchange's bet id.</param>
/// <param name="SizeLapsed">Size that lapsed.</param>
/// <param name="LapsedAt">When it lapsed (UTC).</param>
public sealed record OrderLapsed(Guid TradeId, string BetId, decimal SizeLapsed, DateTimeOffset LapsedAt);
