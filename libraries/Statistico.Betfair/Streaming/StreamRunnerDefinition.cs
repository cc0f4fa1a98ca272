namespace Statistico.Betfair.Streaming;

/// <summary>A runner of a market definition.</summary>
public sealed record StreamRunnerDefinition
{
    public required long Id { get; init; }

    /// <summary>ACTIVE, WINNER, LOSER, REMOVED…</summary>
    public required string Status { get; init; }

    public int SortPriority { get; init; }

    public decimal? Hc { get; init; }
}
