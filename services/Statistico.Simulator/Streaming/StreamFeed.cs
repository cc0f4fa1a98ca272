using Microsoft.Extensions.Options;

namespace Statistico.Simulator.Streaming;

/// <summary>
/// The exchange's change feed (ADR 1000): an in-process publisher of market and order images. <see cref="StreamFeedPump"/>
/// publishes the current image of every subscribed market (and the account's orders) each tick; a version that differs
/// from the last gets the next sequence number, and every connection waiting on <see cref="NextTickAsync"/> wakes to
/// send its subscribers what changed. The sequence number is the clk.
/// </summary>
public sealed class StreamFeed(IOptions<StreamServerOptions> options)
{
    private readonly Lock gate = new();
    private readonly ChangeLog<MarketImage> markets = new(options.Value.VersionsKept);
    private readonly ChangeLog<OrderMarketImage> orders = new(options.Value.VersionsKept);
    private readonly HashSet<string> orderMarkets = new(StringComparer.Ordinal);
    private readonly List<MarketSubscriber> marketSubscribers = [];
    private int orderSubscribers;
    private long seq;
    private TaskCompletionSource tick = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Chosen at start: clks of another run of the Simulator are foreign.</summary>
    public string Epoch { get; } = Guid.NewGuid().ToString("N")[..8];

    public long Seq
    {
        get
        {
            lock (gate)
            {
                return seq;
            }
        }
    }

    /// <summary>Completes after the next publish (whether or not anything changed).</summary>
    public Task NextTickAsync()
    {
        lock (gate)
        {
            return tick.Task;
        }
    }

    public IReadOnlyList<MarketSubscriber> MarketSubscribers
    {
        get
        {
            lock (gate)
            {
                return [.. marketSubscribers];
            }
        }
    }

    public bool WantsOrders
    {
        get
        {
            lock (gate)
            {
                return orderSubscribers > 0;
            }
        }
    }

    public void Add(MarketSubscriber subscriber)
    {
        lock (gate)
        {
            marketSubscribers.Add(subscriber);
        }
    }

    public void Remove(MarketSubscriber subscriber)
    {
        lock (gate)
        {
            marketSubscribers.Remove(subscriber);
        }
    }

    public void AddOrderSubscriber()
    {
        lock (gate)
        {
            orderSubscribers++;
        }
    }

    public void RemoveOrderSubscriber()
    {
        lock (gate)
        {
            orderSubscribers--;
        }
    }

    // The images hold ladders as (price, size) tuples, whose fields System.Text.Json leaves out unless told: without
    // IncludeFields every ladder of one length had one fingerprint, and a size or price change that kept the number
    // of levels was never sent (found by the issue-19 benchmark: a resting order joining the best offer).
    private static readonly System.Text.Json.JsonSerializerOptions FingerprintJson = new(Betfair.Streaming.StreamJson.Options) { IncludeFields = true };

    private static string Fingerprint<T>(T image) => System.Text.Json.JsonSerializer.Serialize(image, FingerprintJson);

    /// <summary>Records the images of one tick and wakes every connection.</summary>
    public void Publish(IReadOnlyDictionary<string, MarketImage> marketImages, IReadOnlyDictionary<string, OrderMarketImage>? orderImages)
    {
        ArgumentNullException.ThrowIfNull(marketImages);
        TaskCompletionSource done;
        lock (gate)
        {
            var next = seq + 1;
            var changed = false;
            foreach (var (id, image) in marketImages)
            {
                changed |= markets.Append(id, Fingerprint(image), image, next);
            }

            foreach (var (id, image) in orderImages ?? new Dictionary<string, OrderMarketImage>())
            {
                orderMarkets.Add(id);
                changed |= orders.Append(id, Fingerprint(image), image, next);
            }

            if (changed)
            {
                seq = next;
            }

            done = tick;
            tick = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        done.TrySetResult();
    }

    /// <summary>The current sequence number and the latest version of each given market (those with any).</summary>
    public (long Seq, Dictionary<string, ChangeLog<MarketImage>.Version> Versions) LatestMarkets(IEnumerable<string> ids)
    {
        lock (gate)
        {
            return (seq, ids.Select(id => (id, v: markets.Latest(id))).Where(x => x.v is not null).ToDictionary(x => x.id, x => x.v!, StringComparer.Ordinal));
        }
    }

    public (long Seq, Dictionary<string, ChangeLog<OrderMarketImage>.Version> Versions) LatestOrders()
    {
        lock (gate)
        {
            return (seq, orderMarkets.Select(id => (id, v: orders.Latest(id)!)).ToDictionary(x => x.id, x => x.v, StringComparer.Ordinal));
        }
    }

    public ChangeLog<MarketImage>.Version? MarketAt(string id, long at)
    {
        lock (gate)
        {
            return markets.At(id, at);
        }
    }

    public ChangeLog<OrderMarketImage>.Version? OrdersAt(string id, long at)
    {
        lock (gate)
        {
            return orders.At(id, at);
        }
    }
}
