namespace Statistico.OddsChecker.Sources.Betfair;

/// <summary>
/// "OddsChecker:StreamLease": how replicas share the one price stream a source may have (ADR 0306). Only the replica
/// holding the source's lease connects the stream and publishes from it; the others keep trying to take it.
/// </summary>
internal sealed class StreamLeaseOptions
{
    /// <summary>How often a replica without the lease tries to take it (a dead holder is replaced within about this).</summary>
    public TimeSpan Retry { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How often the holder confirms, on its lease connection, that it still holds the lease.</summary>
    public TimeSpan Check { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// The holder re-polls its streamed sources when no poll in this process has told the stream which markets to
    /// watch for this long (the scheduled polls may be running on another replica): new markets are subscribed to.
    /// </summary>
    public TimeSpan Refresh { get; set; } = TimeSpan.FromSeconds(30);
}
