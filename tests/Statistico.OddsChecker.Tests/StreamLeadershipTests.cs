using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Quartz;
using Statistico.OddsChecker.Sources.Betfair;
using Statistico.OddsChecker.Tests.Support;
using Statistico.Testing;

namespace Statistico.OddsChecker.Tests;

/// <summary>
/// ADR 0306: two replicas of the checker on one database and broker, both set to stream the Betfair source from the
/// real Simulator's stream endpoint. Only the lease holder connects a stream and publishes from it; when it stops, or
/// its lease session is killed, it stops streaming and one replica streams again within seconds.
/// </summary>
[Trait("Category", "Integration")]
public sealed class StreamLeadershipTests(TestInfrastructure infrastructure) : IAsyncLifetime
{
    /// <summary>How soon a replica must be streaming after the holder is gone (retry and check are half a second here).</summary>
    private static readonly TimeSpan Failover = TimeSpan.FromSeconds(10);

    private static readonly Dictionary<string, string?> LeaseSettings = new()
    {
        ["OddsChecker:StreamLease:Retry"] = "00:00:00.500",
        ["OddsChecker:StreamLease:Check"] = "00:00:00.500",
    };

    private CheckedWorld? world;
    private CheckerFactory[] replicas = [];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        world = await CheckedWorld.StartAsync(infrastructure, Ct, LeaseSettings, streaming: true);
        replicas = [world.Checker, await world.StartReplicaAsync(Ct)];
    }

    public async ValueTask DisposeAsync()
    {
        if (world is not null)
        {
            await world.DisposeAsync();
        }
    }

    /// <summary>Kills the sessions holding an advisory lock under the lease's application name; how many were killed.</summary>
    internal static Task<long> TerminateLeaseSessionsAsync(string connectionString, CancellationToken cancellationToken) =>
        LeaseSessions.TerminateAsync(connectionString, cancellationToken);

    [Fact]
    public async Task One_replica_streams_and_publishes_and_the_other_takes_over_when_it_stops()
    {
        var markets = await StreamingAsync();
        var holder = await TheStreamingReplicaAsync();
        var standby = replicas.Single(r => r != holder);
        Assert.False(
            await Eventually.HoldsAsync(() => Stream(standby).Leading || Stream(standby).Connections > 0, TimeSpan.FromSeconds(3), Ct),
            "the replica without the lease led or connected a stream");

        // Scheduled polls off on both: what is published now came from a stream, and only one replica has one.
        await PauseSchedulesAsync();
        var taken = await world!.MovePriceAsync(markets[^1], Ct);
        var batches = await world.Probe.TakeAsync(1, TimeSpan.FromSeconds(15), Ct);
        var published = Assert.Single(batches.SelectMany(b => b.Message.GetProperty("markets").EnumerateArray()));
        Assert.Equal(markets[^1].MarketId, published.GetProperty("exchangeMarketId").GetString());
        Assert.Equal(0, Stream(standby).Connections);

        var clock = Stopwatch.StartNew();
        await holder.DisposeAsync();
        await Eventually.UntilAsync(() => Stream(standby).Live, Failover, "the standby to take the lease and stream", Ct);
        TestContext.Current.TestOutputHelper?.WriteLine($"failover after the holder stopped: {clock.ElapsedMilliseconds} ms (taken at {taken})");

        await world.MovePriceAsync(markets[0], Ct);
        var after = await world.Probe.TakeAsync(1, TimeSpan.FromSeconds(15), Ct);
        var moved = after.SelectMany(b => b.Message.GetProperty("markets").EnumerateArray()).Select(m => m.GetProperty("exchangeMarketId").GetString()).ToList();
        Assert.Contains(markets[0].MarketId, moved);
        Assert.Equal(1, Stream(standby).Leases);
    }

    [Fact]
    public async Task A_holder_whose_lease_session_is_killed_stops_streaming_and_one_replica_streams_again()
    {
        await StreamingAsync();
        var holder = await TheStreamingReplicaAsync();
        Assert.Equal(1, replicas.Sum(r => Stream(r).Connections));

        var clock = Stopwatch.StartNew();
        Assert.Equal(1, await TerminateLeaseSessionsAsync(world!.CheckerDatabase, Ct));

        // A second lease and a second stream connection in all, and one stream up: the holder's first was cut.
        await Eventually.UntilAsync(
            () => replicas.Sum(r => Stream(r).Leases) == 2 && replicas.Sum(r => Stream(r).Connections) == 2
                && replicas.Count(r => Stream(r).Live) == 1 && replicas.Count(r => Stream(r).Connected) == 1,
            Failover, "one replica streaming again on a new lease", Ct);
        TestContext.Current.TestOutputHelper?.WriteLine(
            $"streaming again {clock.ElapsedMilliseconds} ms after the holder's session was killed, on the {(Stream(holder).Live ? "same" : "other")} replica");
        Assert.False(await Eventually.HoldsAsync(() => replicas.Count(r => Stream(r).Connected) > 1, TimeSpan.FromSeconds(2), Ct), "two replicas streamed at once");
    }

    private static BetfairPriceStream Stream(CheckerFactory replica) => replica.Services.GetRequiredService<BetfairPriceStream>();

    /// <summary>The matchday's fixtures announced and their first prices published: the holder has markets to stream.</summary>
    private async Task<List<Statistico.Betfair.Api.MarketCatalogue>> StreamingAsync()
    {
        var markets = await world!.MatchdayMarketsAsync(Ct);
        foreach (var market in markets)
        {
            await world.AnnounceAsync(market, Ct);
        }

        await world.WaitForFixturesAsync(markets.Count, Ct);
        await world.Probe.TakeAsync(1, TimeSpan.FromSeconds(30), Ct);
        return markets;
    }

    private async Task<CheckerFactory> TheStreamingReplicaAsync()
    {
        await Eventually.UntilAsync(() => replicas.Count(r => Stream(r).Live) == 1, TimeSpan.FromSeconds(30), "one replica streaming", Ct);
        Assert.Single(replicas, r => Stream(r).Leading);
        return replicas.Single(r => Stream(r).Live);
    }

    private async Task PauseSchedulesAsync()
    {
        foreach (var replica in replicas)
        {
            var scheduler = await replica.Services.GetRequiredService<ISchedulerFactory>().GetScheduler(Ct);
            await scheduler.PauseAll(Ct);
        }

        await Task.Delay(TimeSpan.FromSeconds(2), Ct);
        await InboxEvidence.OutboxDrainedAsync(world!.CheckerDatabase, TimeSpan.FromSeconds(30), Ct);
        await world.Probe.ArrivedAsync(Ct);
    }
}
