using Statistico.Contracts.Trading;
using Statistico.Trader.Strategies;

namespace Statistico.Trader.Benchmarks;

/// <summary>
/// The one LIVE strategy of a run: back HOME on MATCH_ODDS, a flat 2 per order, with limits no run reaches (so every
/// observation that shows value becomes an order and the risk gate is still evaluated in full).
/// </summary>
internal static class BenchStrategy
{
    public const string Id = "bench-live";

    public static StrategyDefinition Definition() => new(
        Name: "Benchmark: back home value",
        Description: "Backs the home side whenever the observed price beats the compiled one; limits out of reach.",
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
        Staking: new Staking(StakingKind.Flat, Amount: 2m),
        StartingBankroll: 100_000_000m,
        Mode: StrategyMode.Live,
        Limits: new RiskLimits(MaxStake: 10m, MaxFixtureExposure: 1_000m, MaxStrategyExposure: 10_000_000m, MaxDailyLoss: 10_000_000m, MaxOpenTrades: 1_000_000));
}
