using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Statistico.Betfair;
using Statistico.Betfair.Api;
using Statistico.Betfair.Streaming;
using Statistico.Testing;

namespace Statistico.Simulator.Tests.Streaming;

/// <summary>The order stream against the real Simulator: what it reports of each order is what listCurrentOrders says.</summary>
[Trait("Category", "Integration")]
public sealed class OrderStreamTests(TestInfrastructure infrastructure)
{
    [Fact]
    public async Task Order_stream_updates_match_listCurrentOrders_through_matching_cancelling_and_a_reconnect()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await infrastructure.CreateDatabaseAsync("simorderstream");
        await using var host = StreamHost.Start(database.ConnectionString);
        await using var services = host.Clients();
        var rpc = services.GetRequiredService<IBetfairClient>();
        var stream = services.GetRequiredService<BetfairStreamClient>();
        var market = (await rpc.ListMarketCatalogueAsync(new ListMarketCatalogueRequest(
            new MarketFilter { MarketTypeCodes = ["MATCH_ODDS"] }, [MarketProjection.RunnerDescription], MarketSort.FirstToStart, 1), ct))[0];
        var selection = market.Runners![0].SelectionId;
        var received = new ConcurrentQueue<StreamResponse>();
        stream.MessageReceived += received.Enqueue;
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var running = stream.RunAsync(stop.Token);
        await stream.SubscribeOrdersAsync(new StreamOrderFilter { CustomerStrategyRefs = ["stream-test"] }, ct);
        var image = await Eventually.ArrivesAsync(() => received.FirstOrDefault(m => m.Op == StreamOps.OrderChangeMessage && m.Ct == ChangeTypes.SubImage), "the order image", ct);
        Assert.Empty(image.Oc ?? []);

        var book = (await rpc.ListMarketBookAsync(new ListMarketBookRequest([market.MarketId], new PriceProjection([PriceData.ExBestOffers])), ct))[0];
        var bestBack = book.Runners.Single(r => r.SelectionId == selection).Exchange!.AvailableToBack[0].Price;
        // One order matches at once, one rests far from the market, one of another strategy is not ours to see.
        var placed = Assert.IsType<OrdersPlaced>(await rpc.PlaceOrdersAsync(new PlaceOrdersRequest(market.MarketId,
        [
            new PlaceInstruction(OrderType.Limit, selection, Side.Back, new LimitOrder(25m, bestBack, PersistenceType.Lapse)) { CustomerOrderRef = "matched" },
            new PlaceInstruction(OrderType.Limit, selection, Side.Back, new LimitOrder(15m, 900m, PersistenceType.Persist)) { CustomerOrderRef = "resting" },
        ], "orders-1") { CustomerStrategyRef = "stream-test" }, ct));
        await rpc.PlaceOrdersAsync(new PlaceOrdersRequest(market.MarketId,
            [new PlaceInstruction(OrderType.Limit, selection, Side.Back, new LimitOrder(5m, 900m, PersistenceType.Persist)) { CustomerOrderRef = "other" }], "orders-2")
            { CustomerStrategyRef = "other" }, ct);
        await AssertStreamMatchesCurrentOrdersAsync(stream, rpc, 2, ct);
        Assert.DoesNotContain(stream.Orders.All, o => o.Order.Rfs == "other");

        // Cancelled while the client is away: the resubscription brings the cancellation, once.
        var resting = placed.Orders.Single(o => o.CustomerOrderRef == "resting").BetId;
        stream.Drop();
        await rpc.CancelOrdersAsync(new CancelOrdersRequest(market.MarketId, [new CancelInstruction(resting)]), ct);
        var resumed = await Eventually.ArrivesAsync(() => received.FirstOrDefault(m => m.Op == StreamOps.OrderChangeMessage && m.Ct == ChangeTypes.ResubDelta), "the resubscription", ct);
        var cancelled = Assert.Single(resumed.Oc!.SelectMany(m => m.Orc!).SelectMany(r => r.Uo!));
        Assert.Equal((resting, "EC", 15m, 0m), (cancelled.Id, cancelled.Status, cancelled.Sc, cancelled.Sr));
        await AssertStreamMatchesCurrentOrdersAsync(stream, rpc, 1, ct);

        await stop.CancelAsync();
        await running;
    }

    /// <summary>
    /// The stream's executable orders are listCurrentOrders' executable ones, and every order listCurrentOrders shows of
    /// the strategy has the same matched, remaining, price and status on the stream.
    /// </summary>
    private static async Task AssertStreamMatchesCurrentOrdersAsync(BetfairStreamClient stream, IBetfairClient rpc, int expected, CancellationToken ct) =>
        await Eventually.HoldsAsync(async () =>
        {
            var current = (await rpc.ListCurrentOrdersAsync(new ListCurrentOrdersRequest(), ct)).CurrentOrders.Where(o => o.CustomerStrategyRef == "stream-test").ToList();
            var streamed = stream.Orders.All.ToDictionary(o => o.Order.Id, o => o.Order);
            return current.Count == expected
                && current.All(o => streamed.TryGetValue(o.BetId, out var s)
                    && (s.Sm, s.Sr, s.P, s.S, s.Status) == (o.SizeMatched, o.SizeRemaining, o.PriceSize.Price, o.PriceSize.Size, o.Status == OrderStatus.Executable ? "E" : "EC"))
                && streamed.Values.Where(s => s.Status == "E").Select(s => s.Id).Order()
                    .SequenceEqual(current.Where(o => o.Status == OrderStatus.Executable).Select(o => o.BetId).Order());
        }, "the order stream matching listCurrentOrders", ct);
}
