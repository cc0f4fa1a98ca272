using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Statistico.Testing;
using Statistico.Trader.Data;
using Statistico.Trader.Live;

namespace Statistico.Trader.Tests.Live;

/// <summary>
/// ADR 0617: two Trader replicas on one database and broker, both with the order stream on, against the real Simulator's
/// stream (real TLS, pinned certificate) and a real Postgres. Exactly one holds the order stream's lease, connects and
/// reports; the other never connects. When the holder stops, the other takes the lease, connects and reports the next
/// match by itself (no poll runs in these tests), including one the holder died before committing.
/// </summary>
[Trait("Category", "Integration")]
public sealed class OrderStreamLeadershipTests(TestInfrastructure infrastructure)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(45);

    /// <summary>How soon the standby must be streaming once the holder is gone (retry and check are half a second here).</summary>
    private static readonly TimeSpan Failover = TimeSpan.FromSeconds(10);

    private const string Never = "0 0 0 1 1 ? 2099";

    private static readonly Dictionary<string, string?> Settings = new()
    {
        // No poll and no reconciliation: whatever reaches the saga came through a stream.
        ["Trader:Live:StreamMonitorCron"] = Never,
        ["Trader:Live:ReconcileCron"] = Never,
        ["Trader:Live:OrderStreamLeaseRetry"] = "00:00:00.500",
        ["Trader:Live:OrderStreamLeaseCheck"] = "00:00:00.500",
    };

    private static readonly Dictionary<string, string> BusyCrowd = new() { ["Simulator:Exchange:CounterpartyFlowPerMinute"] = "100" };

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task One_replica_streams_orders_and_the_other_takes_over_when_it_stops()
    {
        await using var world = await LiveWorld.StartWithOrderStreamAsync(infrastructure, Settings, BusyCrowd, Ct);
        var first = world.Trader;
        await Eventually.UntilAsync(() => Task.FromResult(Stream(first).Leading && Stream(first).Client.Connected), Patience, "the first replica to stream", Ct);
        var second = await world.StartReplicaAsync(Ct);

        // Two replicas, one stream: the second neither leads nor connects while the first holds the lease.
        Assert.False(
            await Eventually.HoldsAsync(() => Stream(second).Leading || Stream(second).Client.Connections > 0, TimeSpan.FromSeconds(3), Ct),
            "the replica without the lease led or connected an order stream");
        Assert.True(Stream(first).Leading);

        // The holder's stream brings a match to the saga.
        var market = await world.MarketAsync(0, Ct);
        var firstTrade = await world.SignalAsync(market, await world.BestLayAsync(market, Ct), 2m, Ct);
        await world.ReachesAsync(firstTrade, Patience, Ct, "Placed");
        await world.AdvanceToAsync(market.KickOff - TimeSpan.FromMinutes(100), Ct);
        Assert.Equal(2m, (await world.ReachesAsync(firstTrade, Patience, Ct, "Matched")).SizeMatched);
        Assert.True(Stream(first).Stored > 0, "the holder's stream stored the match");
        Assert.Equal((0, 0), (Stream(second).Stored, Stream(second).Client.Connections));

        // The holder stops: its session ends, and the standby takes the lease and connects.
        await world.StopAsync(first, next: second);
        await Eventually.UntilAsync(() => Task.FromResult(Stream(second).Leading && Stream(second).Client.Connected), Failover, "the standby to take the lease and stream", Ct);
        Assert.Equal(1, Stream(second).Leases);

        // ...and reports the next match by itself.
        var secondTrade = await world.SignalAsync(market, await world.BestLayAsync(market, Ct), 2m, Ct);
        await world.ReachesAsync(secondTrade, Patience, Ct, "Placed");
        var stored = Stream(second).Stored;
        await world.AdvanceToAsync(market.KickOff - TimeSpan.FromMinutes(60), Ct);
        Assert.Equal(2m, (await world.ReachesAsync(secondTrade, Patience, Ct, "Matched")).SizeMatched);
        Assert.True(Stream(second).Stored > stored, "the new holder's stream stored the match");
    }

    [Fact]
    public async Task A_holder_whose_lease_session_is_killed_stops_streaming_and_one_replica_streams_again()
    {
        await using var world = await LiveWorld.StartWithOrderStreamAsync(infrastructure, Settings, null, Ct);
        var first = world.Trader;
        await Eventually.UntilAsync(() => Task.FromResult(Stream(first).Leading && Stream(first).Client.Connected), Patience, "the first replica to stream", Ct);
        var second = await world.StartReplicaAsync(Ct);
        LiveOrderStream[] both = [Stream(first), Stream(second)];

        Assert.Equal(1, await LeaseSessions.TerminateAsync(world.TraderDatabase.ConnectionString, Ct));

        // The holder finds its session gone at its next check and disconnects; a second term starts on one replica.
        await Eventually.UntilAsync(
            () => Task.FromResult(both.Sum(s => s.Leases) == 2 && both.Count(s => s.Leading) == 1 && both.Count(s => s.Client.Connected) == 1),
            Failover, "one replica streaming again on a new lease", Ct);
        Assert.False(
            await Eventually.HoldsAsync(() => both.Count(s => s.Leading) > 1 || both.Count(s => s.Client.Connected) > 1, TimeSpan.FromSeconds(2), Ct),
            "two replicas streamed at once");
    }

    /// <summary>
    /// The holder dies between writing a batch that carries a match and committing it: nothing of the batch survives
    /// (no event, no outbox row), and the standby's stream, subscribing afresh, reports the match from its image. The
    /// saga takes it once; the exchange has the one order.
    /// </summary>
    [Fact]
    public async Task A_holder_stopped_before_saving_its_batch_with_a_match_leaves_the_match_to_the_standbys_stream()
    {
        var hold = new HeldMatchSave();
        await using var world = await LiveWorld.StartWithOrderStreamAsync(
            infrastructure, Settings, BusyCrowd, services => services.ConfigureDbContext<TraderDbContext>(o => o.AddInterceptors(hold)), Ct);
        var first = world.Trader;
        await Eventually.UntilAsync(() => Task.FromResult(Stream(first).Leading && Stream(first).Client.Connected), Patience, "the first replica to stream", Ct);
        var second = await world.StartReplicaAsync(Ct);
        var market = await world.MarketAsync(0, Ct);
        var trade = await world.SignalAsync(market, await world.BestLayAsync(market, Ct), 2m, Ct);
        await world.ReachesAsync(trade, Patience, Ct, "Placed");

        // The match reaches the holder's stream; its batch is held before its save.
        await world.AdvanceToAsync(market.KickOff - TimeSpan.FromMinutes(100), Ct);
        await hold.Held.WaitAsync(Patience, Ct);
        Assert.Equal("Placed", (await world.TradeAsync(trade, Ct))!.CurrentState);

        // The holder stops there: nothing of its batch is stored, and the standby streams.
        var holder = Stream(first);
        await world.StopAsync(first, next: second);
        Assert.Equal(0, holder.Stored);
        await Eventually.UntilAsync(() => Task.FromResult(Stream(second).Leading && Stream(second).Client.Connected), Failover, "the standby to take the lease and stream", Ct);

        var matched = await world.ReachesAsync(trade, Patience, Ct, "Matched");
        Assert.Equal(2m, matched.SizeMatched);
        Assert.Single(matched.Timeline, s => s.To == "Matched");
        Assert.True(Stream(second).Stored > 0, "the standby's stream stored the match");
        Assert.Equal(1, await world.OrdersAtExchangeAsync(trade, Ct));
    }

    private static LiveOrderStream Stream(LiveTraderFactory trader) => trader.Services.GetRequiredService<LiveOrderStream>();
}
