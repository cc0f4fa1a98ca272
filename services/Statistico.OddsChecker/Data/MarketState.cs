namespace Statistico.OddsChecker.Data;

/// <summary>The last published prices of a market, as a fingerprint: a poll publishes only markets whose fingerprint moved.</summary>
internal sealed class MarketState
{
    public required string Source { get; set; }

    public required string MarketId { get; set; }

    public Guid FixtureId { get; set; }

    public required string Fingerprint { get; set; }

    public DateTimeOffset LastPublishedAt { get; set; }
}
