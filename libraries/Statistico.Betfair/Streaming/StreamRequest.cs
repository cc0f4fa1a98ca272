namespace Statistico.Betfair.Streaming;

/// <summary>
/// A message from client to server on the Exchange Stream API: <c>authentication</c>, <c>heartbeat</c>,
/// <c>marketSubscription</c> or <c>orderSubscription</c> (by <see cref="Op"/>). One flat shape for every op, as the
/// fields of each op are disjoint and absent ones are not written.
/// </summary>
public sealed record StreamRequest
{
    public required string Op { get; init; }

    /// <summary>The client's id of this request, echoed on the <c>status</c> answering it.</summary>
    public int? Id { get; init; }

    public string? AppKey { get; init; }

    public string? Session { get; init; }

    public StreamMarketFilter? MarketFilter { get; init; }

    public StreamMarketDataFilter? MarketDataFilter { get; init; }

    public StreamOrderFilter? OrderFilter { get; init; }

    /// <summary>The token of the subscription being resumed (from its first message).</summary>
    public string? InitialClk { get; init; }

    /// <summary>The token of the last message applied: the server sends what changed after it.</summary>
    public string? Clk { get; init; }

    public long? HeartbeatMs { get; init; }

    public long? ConflateMs { get; init; }

    public bool? SegmentationEnabled { get; init; }
}
