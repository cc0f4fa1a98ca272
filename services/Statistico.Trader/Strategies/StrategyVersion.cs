namespace Statistico.Trader.Strategies;

/// <summary>One version of a strategy, never changed once written: the trades it made record its number.</summary>
public sealed class StrategyVersion
{
    public required string StrategyId { get; init; }

    public int Version { get; init; }

    public StrategyStatus Status { get; init; }

    public required StrategyDefinition Definition { get; init; }

    /// <summary>What changed, e.g. <c>created</c>, <c>updated</c>, <c>status ACTIVE</c>.</summary>
    public required string Change { get; init; }

    public DateTimeOffset CreatedAt { get; init; }
}
