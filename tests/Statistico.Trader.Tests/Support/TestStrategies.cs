using Statistico.Contracts.Trading;
using Statistico.Trader.Strategies;

namespace Statistico.Trader.Tests.Support;

/// <summary>Strategy definitions the tests start from: valid, with every figure stated so a test can vary one.</summary>
internal static class TestStrategies
{
    /// <summary>Back HOME on MATCH_ODDS between 1.50 and 5.00, 2% edge, quarter Kelly capped at 2%, bankroll 1000.</summary>
    public static StrategyDefinition BackHome(StrategyMode mode = StrategyMode.Paper) => new(
        Name: "Back home value",
        Description: "Backs the home side when the model's price beats the exchange's.",
        Competitions: ["SIM"],
        MarketType: "MATCH_ODDS",
        Selection: "HOME",
        Side: Side.Back,
        MinPrice: 1.5m,
        MaxPrice: 5m,
        MinEdge: 0.02,
        Model: "dixon-coles",
        PriceSources: ["betfair"],
        Window: new TradingWindow(OpensHoursBefore: 48, ClosesMinutesBefore: 5),
        Staking: new Staking(StakingKind.Kelly, KellyFraction: 0.25, Cap: 0.02),
        StartingBankroll: 1000m,
        Mode: mode,
        Limits: new RiskLimits(MaxStake: 20m, MaxFixtureExposure: 50m, MaxStrategyExposure: 200m, MaxDailyLoss: 100m, MaxOpenTrades: 10));
}
