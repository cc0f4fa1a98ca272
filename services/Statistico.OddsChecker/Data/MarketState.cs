namespace Statistico.OddsChecker.Data;

/// <summary>The last published prices of a market, as a fingerprint: a poll publishes only markets whose fingerprint moved.</summary>
internal sealed class MarketState
{
    public required string Source { get; set; }

    public required string MarketId { get; set; }

    public Guid FixtureId { get; set; }

    public required string Fingerprint { get; set; }

    /// <summary>The source's event the market belongs to (to read a market the source no longer lists, e.g. closed).</summary>
    public string? EventId { get; set; }

    /// <summary>The market type, as published.</summary>
    public string? MarketType { get; set; }

    /// <summary>The state last published: null while open, <c>SUSPENDED</c>, or <c>CLOSED</c> (then never polled again).</summary>
    public string? Status { get; set; }

    public DateTimeOffset LastPublishedAt { get; set; }
}
