namespace Statistico.Trader.Decisions;

/// <summary>The latest best prices of one selection at one source: what a signal or a paper fill uses.</summary>
public sealed class ObservedPrice
{
    public required string Source { get; init; }

    public Guid FixtureId { get; init; }

    public required string MarketType { get; init; }

    public required string Selection { get; init; }

    public string? ExchangeMarketId { get; set; }

    public long? RunnerId { get; set; }

    /// <summary>Best price available to back, and the size offered at it.</summary>
    public decimal? BackPrice { get; set; }

    public decimal BackSize { get; set; }

    /// <summary>Best price available to lay, and the size offered at it.</summary>
    public decimal? LayPrice { get; set; }

    public decimal LaySize { get; set; }

    /// <summary>Null while the market is open; otherwise the source's state (SUSPENDED, CLOSED).</summary>
    public string? Status { get; set; }

    public bool InPlay { get; set; }

    /// <summary>The source's observation time (the world's clock under the Simulator).</summary>
    public DateTimeOffset ObservedAt { get; set; }

    /// <summary>The batch the prices came in: a signal records it.</summary>
    public Guid BatchId { get; set; }
}
