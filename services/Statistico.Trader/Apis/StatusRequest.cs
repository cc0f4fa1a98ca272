using Statistico.Trader.Strategies;

namespace Statistico.Trader.Apis;

/// <summary>A strategy's new status.</summary>
public sealed record StatusRequest(StrategyStatus Status);
