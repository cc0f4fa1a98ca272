using Statistico.Betfair.Streaming;

namespace Statistico.Simulator.Streaming;

/// <summary>
/// One connection's market subscription: what it asked for, the markets its filter covers (kept up to date by
/// <see cref="StreamFeedPump"/>; once covered a market stays until it has closed) and the view of each market the
/// client holds, from which the next delta is computed.
/// </summary>
public sealed class MarketSubscriber(int? id, StreamMarketFilter filter, IReadOnlySet<string> fields, int levels, long heartbeatMs, long conflateMs)
{
    private readonly Lock gate = new();
    private HashSet<string> markets = new(StringComparer.Ordinal);

    public int? Id { get; } = id;

    public StreamMarketFilter Filter { get; } = filter;

    public IReadOnlySet<string> Fields { get; } = fields;

    public int Levels { get; } = levels;

    public long HeartbeatMs { get; } = heartbeatMs;

    public long ConflateMs { get; } = conflateMs;

    public string? InitialClk { get; set; }

    /// <summary>Market id to the view the client holds (only the connection's send loop touches it).</summary>
    public Dictionary<string, (long Seq, MarketView View)> Held { get; } = new(StringComparer.Ordinal);

    /// <summary>The clk the client resumes from, until its first message is sent (null: a new image).</summary>
    public string? ResumeClk { get; set; }

    public bool Started { get; set; }

    public long LastSentMs { get; set; }

    public IReadOnlyCollection<string> Markets
    {
        get
        {
            lock (gate)
            {
                return [.. markets];
            }
        }
    }

    /// <summary>Whether the feed has resolved the filter at least once (the first image waits for it).</summary>
    public bool Resolved { get; private set; }

    public void Cover(IEnumerable<string> resolved)
    {
        lock (gate)
        {
            markets = [.. resolved];
            Resolved = true;
        }
    }
}
