using Statistico.Betfair.Streaming;

namespace Statistico.Simulator.Streaming;

/// <summary>One connection's order subscription and the view of each market's orders the client holds.</summary>
public sealed class OrderSubscriber(int? id, StreamOrderFilter? filter, long heartbeatMs, long conflateMs)
{
    public int? Id { get; } = id;

    public StreamOrderFilter? Filter { get; } = filter;

    public long HeartbeatMs { get; } = heartbeatMs;

    public long ConflateMs { get; } = conflateMs;

    public string? InitialClk { get; set; }

    public Dictionary<string, (long Seq, OrderView View)> Held { get; } = new(StringComparer.Ordinal);

    /// <summary>The clk the client resumes from, until its first message is sent (null: a new image).</summary>
    public string? ResumeClk { get; set; }

    public bool Started { get; set; }

    public long LastSentMs { get; set; }
}
