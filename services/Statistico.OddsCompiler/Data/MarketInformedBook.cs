namespace Statistico.OddsCompiler.Data;

/// <summary>
/// The last market-informed book published for a fixture (ADR 1102), and the stats model's pre-kick-off forecast it
/// was made from: once the fixture is played, that forecast, the stored prices and the result are one training row of
/// the pool weights.
/// </summary>
public sealed class MarketInformedBook
{
    public Guid FixtureId { get; set; }

    public required string ModelVersion { get; set; }

    public DateTimeOffset CompiledAt { get; set; }

    public double ExpectedHomeGoals { get; set; }

    public double ExpectedAwayGoals { get; set; }

    /// <summary>The published markets as JSON (<see cref="Statistico.Contracts.Odds.CompiledMarket"/> list).</summary>
    public required string Markets { get; set; }

    /// <summary>
    /// The stats model's score matrix for the fixture (JSON: the cells row by row, home goals 0…max), from a model
    /// fitted only on matches dated before the kick-off day; null until there is one.
    /// </summary>
    public string? StatsScores { get; set; }

    /// <summary>The fit date of the stats model that made <see cref="StatsScores"/> (the day after its latest result).</summary>
    public DateOnly? StatsAsOf { get; set; }
}
