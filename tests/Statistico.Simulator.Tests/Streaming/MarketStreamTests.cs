using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Statistico.Betfair;
using Statistico.Betfair.Api;
using Statistico.Betfair.Streaming;
using Statistico.Testing;

namespace Statistico.Simulator.Tests.Streaming;

/// <summary>
/// The market stream over a real TLS socket against the real Simulator: image, deltas, a killed connection, and a
/// resubscription from clk that brings the cache level with listMarketBook sending only what changed meanwhile.
/// </summary>
[Trait("Category", "Integration")]
public sealed class MarketStreamTests(TestInfrastructure infrastructure)
{
    private static readonly StreamMarketDataFilter AllFields = new()
    {
        Fields = [MarketDataFields.ExAllOffers, MarketDataFields.ExBestOffers, MarketDataFields.ExTraded, MarketDataFields.ExTradedVol,
            MarketDataFields.ExLtp, MarketDataFields.ExMarketDef],
        LadderLevels = 3,
    };

    [Fact]
    public async Task A_resubscription_from_clk_loses_no_update_and_repeats_none()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await infrastructure.CreateDatabaseAsync("simstream");
        await using var host = StreamHost.Start(database.ConnectionString);
        await using var services = host.Clients();
        var rpc = services.GetRequiredService<IBetfairClient>();
        var stream = services.GetRequiredService<BetfairStreamClient>();
        var market = (await rpc.ListMarketCatalogueAsync(new ListMarketCatalogueRequest(
            new MarketFilter { MarketTypeCodes = ["MATCH_ODDS"] }, [MarketProjection.RunnerDescription], MarketSort.FirstToStart, 1), ct))[0];
        var (home, away) = (market.Runners![0].SelectionId, market.Runners[1].SelectionId);
        var received = new ConcurrentQueue<StreamResponse>();
        stream.MessageReceived += received.Enqueue;
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var running = stream.RunAsync(stop.Token);

        await stream.SubscribeMarketsAsync(new StreamMarketFilter { MarketIds = [market.MarketId] }, AllFields, ct);
        var image = await Eventually.ArrivesAsync(() => received.FirstOrDefault(m => m.Ct == ChangeTypes.SubImage), "the image", ct);
        var imaged = Assert.Single(image.Mc!);
        Assert.True(imaged.Img);
        Assert.Equal("OPEN", imaged.MarketDefinition!.Status);
        Assert.NotNull(image.InitialClk);
        await AssertCacheMatchesBookAsync(stream, rpc, market.MarketId, ct);

        // A delta: backing HOME at its best price takes the crowd's offer there.
        await BackAtBestAsync(rpc, market.MarketId, home, 30m, "stream-1", ct);
        var delta = await Eventually.ArrivesAsync(() => received.FirstOrDefault(m => m.Ct is null && m.Mc is { Count: > 0 }), "a delta", ct);
        Assert.Equal([home], delta.Mc!.Single().Rc!.Select(r => r.Id));
        await AssertCacheMatchesBookAsync(stream, rpc, market.MarketId, ct);

        // Kill the connection, change AWAY while the client is away, and let it resubscribe from its clk.
        stream.Drop();
        await BackAtBestAsync(rpc, market.MarketId, away, 20m, "stream-2", ct);
        var resumed = await Eventually.ArrivesAsync(() => received.FirstOrDefault(m => m.Ct == ChangeTypes.ResubDelta), "the resubscription delta", ct);
        Assert.Equal(2, stream.Connections);
        Assert.Equal(image.InitialClk, resumed.InitialClk);
        // Only what changed after the clk: AWAY's ladder, not HOME's change the client already applied.
        var missed = Assert.Single(resumed.Mc!);
        Assert.Null(missed.Img);
        Assert.Equal([away], missed.Rc!.Select(r => r.Id));
        await AssertCacheMatchesBookAsync(stream, rpc, market.MarketId, ct);

        // Nothing changed during a second outage: the resubscription carries no market at all.
        var before = received.Count(m => m.Ct == ChangeTypes.ResubDelta);
        stream.Drop();
        var quiet = await Eventually.ArrivesAsync(() => received.Where(m => m.Ct == ChangeTypes.ResubDelta).Skip(before).FirstOrDefault(), "a second resubscription", ct);
        Assert.Empty(quiet.Mc ?? []);
        Assert.Equal(3, stream.Connections);
        await AssertCacheMatchesBookAsync(stream, rpc, market.MarketId, ct);

        await stop.CancelAsync();
        await running;
    }

    [Fact]
    public async Task Best_offers_come_as_levels_at_the_asked_depth_and_heartbeats_fill_the_silence()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await infrastructure.CreateDatabaseAsync("simstreamlevels");
        await using var host = StreamHost.Start(database.ConnectionString);
        await using var services = host.Clients();
        var stream = services.GetRequiredService<BetfairStreamClient>();
        var received = new ConcurrentQueue<StreamResponse>();
        stream.MessageReceived += received.Enqueue;
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var running = stream.RunAsync(stop.Token);

        await stream.SubscribeMarketsAsync(
            new StreamMarketFilter { EventTypeIds = ["1"], MarketTypes = ["OVER_UNDER_25"] },
            new StreamMarketDataFilter { Fields = [MarketDataFields.ExBestOffersDisp, MarketDataFields.ExLtp], LadderLevels = 2 }, ct);
        var image = await Eventually.ArrivesAsync(() => received.FirstOrDefault(m => m.Ct == ChangeTypes.SubImage), "the image", ct);
        Assert.NotEmpty(image.Mc!);
        foreach (var runner in image.Mc!.SelectMany(m => m.Rc!))
        {
            Assert.Equal([0m, 1m], runner.Bdatb!.Select(level => level[0]));
            Assert.True(runner.Bdatb![0][1] > runner.Bdatb[1][1], "level 0 is the best (highest) back price");
            Assert.Null(runner.Atb);
            Assert.Null(runner.Batb);
            Assert.NotNull(runner.Ltp);
        }

        Assert.All(image.Mc!, m => Assert.Null(m.MarketDefinition));
        // The clock is paused and nobody trades: heartbeats (with the clk) are all that comes.
        var heartbeat = await Eventually.ArrivesAsync(() => received.FirstOrDefault(m => m.Ct == ChangeTypes.Heartbeat), "a heartbeat", ct);
        Assert.Equal(image.Clk, heartbeat.Clk);

        await stop.CancelAsync();
        await running;
    }

    private static async Task BackAtBestAsync(IBetfairClient rpc, string marketId, long selectionId, decimal size, string reference, CancellationToken ct)
    {
        var book = (await rpc.ListMarketBookAsync(new ListMarketBookRequest([marketId], new PriceProjection([PriceData.ExBestOffers])), ct))[0];
        var best = book.Runners.Single(r => r.SelectionId == selectionId).Exchange!.AvailableToBack[0].Price;
        var outcome = await rpc.PlaceOrdersAsync(new PlaceOrdersRequest(marketId,
            [new PlaceInstruction(OrderType.Limit, selectionId, Side.Back, new LimitOrder(size, best, PersistenceType.Lapse)) { CustomerOrderRef = reference }], reference), ct);
        Assert.IsType<OrdersPlaced>(outcome);
    }

    /// <summary>Every runner's whole ladder in the cache equals listMarketBook's (EX_ALL_OFFERS).</summary>
    private static async Task AssertCacheMatchesBookAsync(BetfairStreamClient stream, IBetfairClient rpc, string marketId, CancellationToken ct)
    {
        var book = (await rpc.ListMarketBookAsync(new ListMarketBookRequest([marketId], new PriceProjection([PriceData.ExAllOffers])), ct))[0];
        await Eventually.HoldsAsync(() => Task.FromResult(book.Runners.All(runner => stream.Markets.Read(marketId, m =>
            m.Runners.TryGetValue(runner.SelectionId, out var cached)
            && cached.AvailableToBack.OrderByDescending(p => p.Key).Select(p => (p.Key, p.Value)).SequenceEqual(runner.Exchange!.AvailableToBack.Select(p => (p.Price, p.Size)))
            && cached.AvailableToLay.Select(p => (p.Key, p.Value)).SequenceEqual(runner.Exchange!.AvailableToLay.Select(p => (p.Price, p.Size)))))),
            "the cache matching listMarketBook", ct);
    }
}
