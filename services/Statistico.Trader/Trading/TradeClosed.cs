namespace Statistico.Trader.Trading;

/// <summary>
/// A trade reached its end state (published by the saga in the transaction that recorded it): its exposure is
/// released and its net profit credited to the strategy's bankroll, once (<see cref="Positions.PositionBook"/>).
/// </summary>
/// <param name="TradeId">The trade.</param>
/// <param name="StrategyId">Its strategy.</param>
/// <param name="FinalState">Settled, Rejected, Cancelled, Lapsed or Voided.</param>
/// <param name="NetProfit">Net profit (zero unless settled).</param>
/// <param name="ClosedAt">When the end state was recorded (UTC).</param>
public sealed record TradeClosed(Guid TradeId, string StrategyId, string FinalState, decimal NetProfit, DateTimeOffset ClosedAt);
