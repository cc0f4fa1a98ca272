using Statistico.Betfair.Streaming;

namespace Statistico.Simulator.Streaming;

/// <summary>
/// A connection's send loop: on each feed tick, each subscription's first message (a SUB_IMAGE, or a RESUB_DELTA from
/// the client's clk), then deltas of what changed since the views its client holds, or a heartbeat. Every message
/// carries the feed's clk at the moment it was built, and every market it covers is brought up to that clk, so a
/// client resuming from it misses nothing and receives nothing twice.
/// </summary>
internal sealed class StreamSender(StreamSession session, StreamFeed feed, TimeProvider wall)
{
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            await feed.NextTickAsync().WaitAsync(cancellationToken);
            if (session.Markets is { Resolved: true } markets)
            {
                await SendMarketsAsync(markets, cancellationToken);
            }

            if (session.Orders is { } orders)
            {
                await SendOrdersAsync(orders, cancellationToken);
            }
        }
    }

    private long NowMs => wall.GetUtcNow().ToUnixTimeMilliseconds();

    private async Task SendMarketsAsync(MarketSubscriber subscriber, CancellationToken cancellationToken)
    {
        if (subscriber.Started && subscriber.ConflateMs > 0 && NowMs - subscriber.LastSentMs < subscriber.ConflateMs)
        {
            return;
        }

        var (seq, latest) = feed.LatestMarkets(subscriber.Markets);
        var resumeFrom = subscriber.Started ? null : Resume(subscriber.ResumeClk, seq);
        if (resumeFrom is { } from)
        {
            foreach (var id in latest.Keys)
            {
                if (feed.MarketAt(id, from) is { } held)
                {
                    subscriber.Held[id] = (held.Seq, MarketView.Of(id, held.Image, subscriber.Fields, subscriber.Levels));
                }
            }
        }

        var changes = new List<MarketChange>();
        foreach (var (id, version) in latest.OrderBy(v => v.Key, StringComparer.Ordinal))
        {
            if (subscriber.Held.TryGetValue(id, out var held) && held.Seq == version.Seq)
            {
                continue;
            }

            var view = MarketView.Of(id, version.Image, subscriber.Fields, subscriber.Levels);
            if ((subscriber.Held.ContainsKey(id) ? view.Since(held.View) : view.Image()) is { } change)
            {
                changes.Add(change);
            }

            subscriber.Held[id] = (version.Seq, view);
        }

        var clk = StreamClock.Format(feed.Epoch, seq);
        if (!subscriber.Started)
        {
            subscriber.InitialClk = resumeFrom is null ? clk : subscriber.InitialClk ?? clk;
            await SendAsync(subscriber, Message(StreamOps.MarketChangeMessage, subscriber.Id, clk, resumeFrom is null ? ChangeTypes.SubImage : ChangeTypes.ResubDelta) with
            {
                InitialClk = subscriber.InitialClk, ConflateMs = subscriber.ConflateMs, HeartbeatMs = subscriber.HeartbeatMs, Mc = changes,
            }, cancellationToken);
            subscriber.Started = true;
        }
        else if (changes.Count > 0)
        {
            await SendAsync(subscriber, Message(StreamOps.MarketChangeMessage, subscriber.Id, clk, null) with { Mc = changes }, cancellationToken);
        }
        else if (NowMs - subscriber.LastSentMs >= subscriber.HeartbeatMs)
        {
            await SendAsync(subscriber, Message(StreamOps.MarketChangeMessage, subscriber.Id, clk, ChangeTypes.Heartbeat), cancellationToken);
        }
    }

    private async Task SendOrdersAsync(OrderSubscriber subscriber, CancellationToken cancellationToken)
    {
        if (subscriber.Started && subscriber.ConflateMs > 0 && NowMs - subscriber.LastSentMs < subscriber.ConflateMs)
        {
            return;
        }

        var (seq, latest) = feed.LatestOrders();
        var resumeFrom = subscriber.Started ? null : Resume(subscriber.ResumeClk, seq);
        if (resumeFrom is { } from)
        {
            foreach (var id in latest.Keys)
            {
                if (feed.OrdersAt(id, from) is { } held)
                {
                    subscriber.Held[id] = (held.Seq, OrderView.Of(id, held.Image, subscriber.Filter?.CustomerStrategyRefs));
                }
            }
        }

        var changes = new List<OrderMarketChange>();
        foreach (var (id, version) in latest.OrderBy(v => v.Key, StringComparer.Ordinal))
        {
            if (subscriber.Held.TryGetValue(id, out var held) && held.Seq == version.Seq)
            {
                continue;
            }

            var view = OrderView.Of(id, version.Image, subscriber.Filter?.CustomerStrategyRefs);
            if ((subscriber.Held.ContainsKey(id) ? view.Since(held.View) : view.Image()) is { } change)
            {
                changes.Add(change);
            }

            subscriber.Held[id] = (version.Seq, view);
        }

        var clk = StreamClock.Format(feed.Epoch, seq);
        if (!subscriber.Started)
        {
            subscriber.InitialClk = resumeFrom is null ? clk : subscriber.InitialClk ?? clk;
            await SendAsync(subscriber, Message(StreamOps.OrderChangeMessage, subscriber.Id, clk, resumeFrom is null ? ChangeTypes.SubImage : ChangeTypes.ResubDelta) with
            {
                InitialClk = subscriber.InitialClk, ConflateMs = subscriber.ConflateMs, HeartbeatMs = subscriber.HeartbeatMs, Oc = changes,
            }, cancellationToken);
            subscriber.Started = true;
        }
        else if (changes.Count > 0)
        {
            await SendAsync(subscriber, Message(StreamOps.OrderChangeMessage, subscriber.Id, clk, null) with { Oc = changes }, cancellationToken);
        }
        else if (NowMs - subscriber.LastSentMs >= subscriber.HeartbeatMs)
        {
            await SendAsync(subscriber, Message(StreamOps.OrderChangeMessage, subscriber.Id, clk, ChangeTypes.Heartbeat), cancellationToken);
        }
    }

    /// <summary>The position a resubscription resumes from: its clk when it is one of this run's and not ahead of the feed.</summary>
    private long? Resume(string? clk, long seq) =>
        clk is not null && StreamClock.TryParse(clk, out var epoch, out var from) && epoch == feed.Epoch && from <= seq ? from : null;

    private StreamResponse Message(string op, int? id, string clk, string? ct) => new() { Op = op, Id = id, Clk = clk, Ct = ct, Pt = NowMs };

    private async Task SendAsync(MarketSubscriber subscriber, StreamResponse message, CancellationToken cancellationToken)
    {
        await session.SendAsync(message, cancellationToken);
        subscriber.LastSentMs = NowMs;
    }

    private async Task SendAsync(OrderSubscriber subscriber, StreamResponse message, CancellationToken cancellationToken)
    {
        await session.SendAsync(message, cancellationToken);
        subscriber.LastSentMs = NowMs;
    }
}
