using Statistico.Trader.Strategies;

namespace Statistico.Trader.Apis;

/// <summary>A new strategy: its id (letters, digits and '-'), its definition, and its status (DRAFT unless given).</summary>
public sealed record CreateStrategyRequest(string Id, StrategyDefinition Definition, StrategyStatus Status = StrategyStatus.Draft);
