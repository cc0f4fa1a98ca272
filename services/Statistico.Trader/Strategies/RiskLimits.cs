namespace Statistico.Trader.Strategies;

/// <summary>A strategy's limits, checked before every order (amounts in the account currency).</summary>
/// <param name="MaxStake">The largest stake of one order; larger stakes are cut to it.</param>
/// <param name="MaxFixtureExposure">The largest worst-case loss across the strategy's open trades on one fixture.</param>
/// <param name="MaxStrategyExposure">The largest worst-case loss across all the strategy's open trades.</param>
/// <param name="MaxDailyLoss">No new trade once the day's (UTC) settled losses reach this.</param>
/// <param name="MaxOpenTrades">The most trades open at once.</param>
public sealed record RiskLimits(decimal MaxStake, decimal MaxFixtureExposure, decimal MaxStrategyExposure, decimal MaxDailyLoss, int MaxOpenTrades);
