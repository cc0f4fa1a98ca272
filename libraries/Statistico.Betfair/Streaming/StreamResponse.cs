namespace Statistico.Betfair.Streaming;

/// <summary>
/// A message from server to client: <c>connection</c>, <c>status</c>, <c>mcm</c> (market changes) or <c>ocm</c>
/// (order changes), by <see cref="Op"/>. One flat shape, absent fields not written.
/// </summary>
public sealed record StreamResponse
{
    public required string Op { get; init; }

    /// <summary>The id of the request this answers (status) or of the subscription it belongs to (mcm/ocm).</summary>
    public int? Id { get; init; }

    public string? ConnectionId { get; init; }

    /// <summary>SUCCESS or FAILURE.</summary>
    public string? StatusCode { get; init; }

    public string? ErrorCode { get; init; }

    public string? ErrorMessage { get; init; }

    public bool? ConnectionClosed { get; init; }

    public int? ConnectionsAvailable { get; init; }

    public string? InitialClk { get; init; }

    public string? Clk { get; init; }

    /// <summary>Publish time, epoch milliseconds.</summary>
    public long? Pt { get; init; }

    /// <summary>SUB_IMAGE, RESUB_DELTA or HEARTBEAT; absent for an ordinary delta.</summary>
    public string? Ct { get; init; }

    public long? ConflateMs { get; init; }

    public long? HeartbeatMs { get; init; }

    public IReadOnlyList<MarketChange>? Mc { get; init; }

    public IReadOnlyList<OrderMarketChange>? Oc { get; init; }
}
