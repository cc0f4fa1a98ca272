namespace Statistico.Trader.Decisions;

/// <summary>The latest compiled probability of one selection by one model.</summary>
public sealed class CompiledPrice
{
    public Guid FixtureId { get; init; }

    public required string Model { get; init; }

    public required string MarketType { get; init; }

    public required string Selection { get; init; }

    public double Probability { get; set; }

    public required string ModelVersion { get; set; }

    public DateTimeOffset CompiledAt { get; set; }
}
