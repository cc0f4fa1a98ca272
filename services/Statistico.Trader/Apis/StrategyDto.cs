using Statistico.Trader.Strategies;

namespace Statistico.Trader.Apis;

/// <summary>A strategy as the API shows it: its latest version, and its money now.</summary>
public sealed record StrategyDto(
    string Id,
    int Version,
    StrategyStatus Status,
    StrategyDefinition Definition,
    decimal Bankroll,
    decimal OpenExposure,
    int OpenTrades,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt);
