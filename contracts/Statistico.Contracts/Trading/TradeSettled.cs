namespace Statistico.Contracts.Trading;

/// <summary>A trade's bet is settled: the end of its saga.</summary>
/// <param name="TradeId">The trade settled.</param>
/// <param name="StrategyId">The strategy that made it.</param>
/// <param name="Outcome">Won, lost or void.</param>
/// <param name="GrossProfit">Profit before commission (negative when lost).</param>
/// <param name="Commission">Commission charged.</param>
/// <param name="NetProfit">Profit after commission.</param>
/// <param name="SettledAt">When it was settled (UTC).</param>
public sealed record TradeSettled(
    Guid TradeId,
    string StrategyId,
    TradeOutcome Outcome,
    decimal GrossProfit,
    decimal Commission,
    decimal NetProfit,
    DateTimeOffset SettledAt);
