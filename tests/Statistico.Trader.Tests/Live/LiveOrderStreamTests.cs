using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Statistico.Betfair.Api;
using Statistico.Testing;
using Statistico.Trader.Live;

namespace Statistico.Trader.Tests.Live;

/// <summary>
/// LIVE order updates from the Exchange Stream API's order stream (ADR 0616) on the real broker, Postgres and the
/// Simulator's exchange and stream (real TLS, pinned certificate): the stream alone brings a match to the saga; the
/// stream and the poll reporting the same match, or the same cancel, before the saga has taken either leave the trade
/// exactly as one report would; a cancel made while the stream is away arrives with the resubscription.
/// </summary>
[Trait("Category", "Integration")]
public sealed class LiveOrderStreamTests(TestInfrastructure infrastructure)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(45);

    /// <summary>A Quartz cron that does not fire in the tests' lifetime: no poll unless the test runs one.</summary>
    private const string Never = "0 0 0 1 1 ? 2099";

    /// <summary>No poll and no reconciliation pass (which ends with a poll): only the stream reports.</summary>
    private static readonly Dictionary<string, string?> StreamOnly = new()
    {
        ["Trader:Live:StreamMonitorCron"] = Never,
        ["Trader:Live:ReconcileCron"] = Never,
    };

    /// <summary>Counter-party flow strong enough that a resting order at the best lay price fills within minutes of simulated time.</summary>
    private static readonly Dictionary<string, string> BusyCrowd = new() { ["Simulator:Exchange:CounterpartyFlowPerMinute"] = "100" };

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task With_the_poll_not_running_a_match_at_the_exchange_reaches_the_saga_through_the_order_stream()
    {
        await using var world = await LiveWorld.StartWithOrderStreamAsync(infrastructure, StreamOnly, BusyCrowd, Ct);
        var market = await world.MarketAsync(0, Ct);
        var price = await BestLayAsync(world, market);

        // A back at the best lay price rests (nothing offered to back there) until counter-party flow reaches it.
        var tradeId = await world.SignalAsync(market, price, 2m, Ct);
        var placed = await world.ReachesAsync(tradeId, Patience, Ct, "Placed");
        Assert.Equal(0m, placed.SizeMatched);

        await world.AdvanceToAsync(market.KickOff - TimeSpan.FromMinutes(100), Ct);
        var (matched, latency) = await TimeToMatchedAsync(world, tradeId);
        TestContext.Current.TestOutputHelper?.WriteLine($"stream: match at the exchange to the saga's state change in {latency.TotalMilliseconds:F0} ms");

        Assert.Equal(2m, matched.SizeMatched);
        Assert.True(world.OrderStream.Stored > 0, "the stream stored the match");
        Assert.Single(matched.Timeline, s => s.To == "Matched");
    }

    [Fact]
    public async Task With_the_stream_off_the_poll_alone_brings_the_same_match_to_the_saga()
    {
        // The comparison: the same match reported only by the monitor (every second in these tests, every 5 s by default).
        await using var world = await LiveWorld.StartAsync(infrastructure, null, BusyCrowd, brokerThroughProxy: false, Ct);
        var market = await world.MarketAsync(0, Ct);
        var price = await BestLayAsync(world, market);
        var tradeId = await world.SignalAsync(market, price, 2m, Ct);
        await world.ReachesAsync(tradeId, Patience, Ct, "Placed");

        await world.AdvanceToAsync(market.KickOff - TimeSpan.FromMinutes(100), Ct);
        var (matched, latency) = await TimeToMatchedAsync(world, tradeId);
        TestContext.Current.TestOutputHelper?.WriteLine($"poll (1 s cron): match at the exchange to the saga's state change in {latency.TotalMilliseconds:F0} ms");

        Assert.Equal(2m, matched.SizeMatched);
        Assert.Throws<InvalidOperationException>(() => world.OrderStream);
    }

    [Fact]
    public async Task With_the_stream_on_but_unreachable_the_poll_still_brings_the_match_to_the_saga()
    {
        // Nothing listens on the stream's port: the poll (on StreamMonitorCron while the stream is on) is the fallback.
        var settings = new Dictionary<string, string?> { ["Betfair:Stream:Port"] = "9", ["Trader:Live:StreamMonitorCron"] = "0/1 * * * * ?" };
        await using var world = await LiveWorld.StartWithOrderStreamAsync(infrastructure, settings, BusyCrowd, Ct);
        var market = await world.MarketAsync(0, Ct);
        var price = await BestLayAsync(world, market);
        var tradeId = await world.SignalAsync(market, price, 2m, Ct);
        await world.ReachesAsync(tradeId, Patience, Ct, "Placed");

        await world.AdvanceToAsync(market.KickOff - TimeSpan.FromMinutes(100), Ct);
        var matched = await world.ReachesAsync(tradeId, Patience, Ct, "Matched");

        Assert.Equal(2m, matched.SizeMatched);
        Assert.False(world.OrderStream.Client.Connected);
        Assert.Equal(0, world.OrderStream.Stored);
    }

    [Fact]
    public async Task A_match_reported_by_both_the_stream_and_the_poll_before_the_saga_takes_either_is_recorded_once()
    {
        await using var world = await LiveWorld.StartWithOrderStreamAsync(infrastructure, StreamOnly, BusyCrowd, Ct);
        var market = await world.MarketAsync(0, Ct);
        var price = await BestLayAsync(world, market);
        var tradeId = await world.SignalAsync(market, price, 2m, Ct);
        await world.ReachesAsync(tradeId, Patience, Ct, "Placed");

        // The saga cannot take anything while the test holds its row: both paths judge the trade as still unmatched.
        await using (await TradeRowLock.TakeAsync(world.TraderDatabase.ConnectionString, tradeId, Ct))
        {
            var before = world.OrderStream.Stored;
            await world.AdvanceToAsync(market.KickOff - TimeSpan.FromMinutes(100), Ct);
            await Eventually.UntilAsync(() => Task.FromResult(world.OrderStream.Stored > before && StreamedMatched(world, tradeId) == 2m), Patience, "the stream to store the match", Ct);
            Assert.Equal(1, await PollAsync(world));
            Assert.Equal("Placed", (await world.TradeAsync(tradeId, Ct))!.CurrentState);
        }

        var matched = await world.ReachesAsync(tradeId, Patience, Ct, "Matched");
        // Both reports are consumed (the later one is ignored in Matched); give the second time to arrive, then look again.
        await Task.Delay(TimeSpan.FromSeconds(3), Ct);
        var after = (await world.TradeAsync(tradeId, Ct))!;
        Assert.Equal((2m, "Matched"), (after.SizeMatched, after.CurrentState));
        Assert.Equal(matched.AveragePriceMatched, after.AveragePriceMatched);
        Assert.Single(after.Timeline, s => s.To == "Matched");
        Assert.Equal(0, await PollAsync(world));
        Assert.Equal(1, await world.OrdersAtExchangeAsync(tradeId, Ct));
    }

    [Fact]
    public async Task A_cancel_reported_by_both_the_stream_and_the_poll_ends_the_trade_once()
    {
        await using var world = await LiveWorld.StartWithOrderStreamAsync(infrastructure, StreamOnly, null, Ct);
        var market = await world.MarketAsync(0, Ct);

        // Nobody lays at 1000 and the clock is paused: the order rests unmatched until it is cancelled at the exchange.
        var tradeId = await world.SignalAsync(market, 1000m, 2m, Ct);
        var placed = await world.ReachesAsync(tradeId, Patience, Ct, "Placed");
        await using (await TradeRowLock.TakeAsync(world.TraderDatabase.ConnectionString, tradeId, Ct))
        {
            var before = world.OrderStream.Stored;
            var report = await world.Exchange.CancelOrdersAsync(new CancelOrdersRequest(market.MarketId, [new CancelInstruction(placed.BetId!)]), Ct);
            Assert.Equal(ExecutionReportStatus.Success, report.Status);
            await Eventually.UntilAsync(() => Task.FromResult(world.OrderStream.Stored > before), Patience, "the stream to store the cancel", Ct);
            Assert.Equal(1, await PollAsync(world));
        }

        var cancelled = await world.ReachesAsync(tradeId, Patience, Ct, "Cancelled");
        await Task.Delay(TimeSpan.FromSeconds(3), Ct);
        var after = (await world.TradeAsync(tradeId, Ct))!;
        Assert.Equal(("Cancelled", "unmatched, cancelled", 0m), (after.CurrentState, after.EndReason, after.SizeMatched));
        Assert.Single(after.Timeline, s => s.To == "Cancelled");
        Assert.Equal(cancelled.Timeline.Count, after.Timeline.Count);
        await Eventually.UntilAsync(async () => (await world.PositionAsync(tradeId, Ct)).ClosedAt is not null, Patience, "the position closed", Ct);
        Assert.Equal("Cancelled", (await world.PositionAsync(tradeId, Ct)).FinalState);
    }

    [Fact]
    public async Task A_cancel_right_behind_a_partial_match_is_reported_by_the_stream_alone_once_the_saga_has_the_match()
    {
        // Some flow but not enough to fill 100: the order is partly matched, then its remainder cancelled at the exchange.
        await using var world = await LiveWorld.StartWithOrderStreamAsync(infrastructure, StreamOnly, new Dictionary<string, string> { ["Simulator:Exchange:CounterpartyFlowPerMinute"] = "5" }, Ct);
        var market = await world.MarketAsync(0, Ct);
        var price = await BestLayAsync(world, market);
        var tradeId = await world.SignalAsync(market, price, 100m, Ct);
        var placed = await world.ReachesAsync(tradeId, Patience, Ct, "Placed");

        // While the saga is held the stream sees the match and then the cancel: the cancel cannot be said before the
        // saga has the match (ADR 0612), so only the stream's follow-up can report it. No poll runs.
        decimal partial;
        await using (await TradeRowLock.TakeAsync(world.TraderDatabase.ConnectionString, tradeId, Ct))
        {
            await world.AdvanceToAsync(market.KickOff - TimeSpan.FromMinutes(100), Ct);
            await Eventually.UntilAsync(() => Task.FromResult(StreamedMatched(world, tradeId) > 0m && world.OrderStream.Stored > 0), Patience, "the stream to store the match", Ct);
            partial = StreamedMatched(world, tradeId)!.Value;
            Assert.InRange(partial, 0.01m, 99.99m);
            var report = await world.Exchange.CancelOrdersAsync(new CancelOrdersRequest(market.MarketId, [new CancelInstruction(placed.BetId!)]), Ct);
            Assert.Equal(ExecutionReportStatus.Success, report.Status);
            await Eventually.UntilAsync(
                () => Task.FromResult(world.OrderStream.Client.Orders.Find(placed.BetId!) is { Status: "EC" }), Patience, "the cancel on the stream", Ct);
        }

        var matched = await world.ReachesAsync(tradeId, Patience, Ct, "Matched");
        Assert.Equal(partial, matched.SizeMatched);
        Assert.Equal(["Signalled", "Placed", "PartiallyMatched", "Matched"], matched.Timeline.Select(s => s.To));
        Assert.EndsWith(nameof(Contracts.Trading.OrderCancelled), matched.Timeline[^1].Cause, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_lapse_while_the_stream_is_away_arrives_with_the_resubscription()
    {
        // The client waits 3 s before reconnecting: long enough for the lapse to happen while it is away.
        var settings = new Dictionary<string, string?>(StreamOnly) { ["Betfair:Stream:ReconnectDelay"] = "00:00:03" };
        await using var world = await LiveWorld.StartWithOrderStreamAsync(infrastructure, settings, null, Ct);
        var market = await world.MarketAsync(0, Ct);
        var tradeId = await world.SignalAsync(market, 1000m, 2m, Ct);
        var placed = await world.ReachesAsync(tradeId, Patience, Ct, "Placed");
        var stream = world.OrderStream.Client;
        await Eventually.UntilAsync(() => Task.FromResult(stream.Connected && StreamedMatched(world, tradeId) is not null), Patience, "the order on the stream", Ct);
        var connections = stream.Connections;
        var resumed = new System.Collections.Concurrent.ConcurrentQueue<Betfair.Streaming.StreamResponse>();
        stream.MessageReceived += message =>
        {
            if (message.Ct == Betfair.Streaming.ChangeTypes.ResubDelta)
            {
                resumed.Enqueue(message);
            }
        };

        // Cut the connection and lapse the order (kick-off) before the client is back: the resubscription from the last
        // clk is the only way the stream can learn of it.
        stream.Drop();
        await world.AdvanceToAsync(market.KickOff + TimeSpan.FromMinutes(1), Ct);
        Assert.Equal(connections, stream.Connections);

        var lapsed = await world.ReachesAsync(tradeId, Patience, Ct, "Lapsed");
        Assert.True(stream.Connections > connections, "the client reconnected");
        Assert.Contains(resumed.SelectMany(m => m.Oc ?? []).SelectMany(m => m.Orc ?? []).SelectMany(r => r.Uo ?? []), o => o.Id == placed.BetId && o.Status == "EC" && o.Sl == 2m);
        Assert.Equal(("unmatched, lapsed", 0m), (lapsed.EndReason, lapsed.SizeMatched));
        Assert.Single(lapsed.Timeline, s => s.To == "Lapsed");
    }

    /// <summary>
    /// Waits for Matched looking every 10 ms (finer than <see cref="Eventually"/>'s 100 ms), from just after the
    /// advance that made the match (the Simulator matches during the advance call): the latency to the saga's state.
    /// </summary>
    private static async Task<(global::Statistico.Trader.Trading.TradeState Trade, TimeSpan Latency)> TimeToMatchedAsync(LiveWorld world, Guid tradeId)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < Patience)
        {
            if (await world.TradeAsync(tradeId, Ct) is { CurrentState: "Matched" } trade)
            {
                return (trade, clock.Elapsed);
            }

            await Task.Delay(TimeSpan.FromMilliseconds(10), Ct);
        }

        throw new TimeoutException($"trade {tradeId} not Matched within {Patience}");
    }

    /// <summary>The matched size the Trader's order stream holds for the trade's order (null: not on the stream).</summary>
    private static decimal? StreamedMatched(LiveWorld world, Guid tradeId) =>
        world.OrderStream.Client.Orders.All.Where(o => o.Order.Rfo == Betfair.TradeReferences.CustomerOrderRef(tradeId)).Select(o => (decimal?)o.Order.Sm).FirstOrDefault();

    private static async Task<int> PollAsync(LiveWorld world)
    {
        await using var scope = world.Trader.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<LiveOrderMonitor>().PollAsync(Ct);
    }

    private static async Task<decimal> BestLayAsync(LiveWorld world, LiveMarket market)
    {
        var book = await world.Exchange.ListMarketBookAsync(new ListMarketBookRequest([market.MarketId], new PriceProjection([PriceData.ExBestOffers])), Ct);
        return book[0].Runners.Single(r => r.SelectionId == market.SelectionId).Exchange!.AvailableToLay[0].Price;
    }
}
