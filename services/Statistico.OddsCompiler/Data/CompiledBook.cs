namespace Statistico.OddsCompiler.Data;

/// <summary>The last book published for a fixture (what the next compile is compared with).</summary>
public sealed class CompiledBook
{
    public Guid FixtureId { get; set; }

    public required string ModelName { get; set; }

    public required string ModelVersion { get; set; }

    public DateTimeOffset CompiledAt { get; set; }

    public double ExpectedHomeGoals { get; set; }

    public double ExpectedAwayGoals { get; set; }

    /// <summary>The published markets as JSON (<see cref="Statistico.Contracts.Odds.CompiledMarket"/> list).</summary>
    public required string Markets { get; set; }
}
