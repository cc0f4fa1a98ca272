namespace Statistico.Trader.Strategies;

/// <summary>A strategy as it stands now: its latest version's definition and status.</summary>
public sealed class Strategy
{
    /// <summary>Stable id chosen at creation (letters, digits and '-'), e.g. <c>home-value</c>.</summary>
    public required string Id { get; init; }

    /// <summary>The latest version; every change adds one.</summary>
    public int Version { get; set; }

    public StrategyStatus Status { get; set; }

    public required StrategyDefinition Definition { get; set; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; set; }
}
