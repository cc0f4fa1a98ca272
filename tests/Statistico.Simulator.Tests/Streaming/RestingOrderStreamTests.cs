using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Statistico.Betfair;
using Statistico.Betfair.Api;
using Statistico.Betfair.Streaming;
using Statistico.Testing;

namespace Statistico.Simulator.Tests.Streaming;

/// <summary>
/// A change that keeps the ladder's shape is still a change: a resting LAY at the best back price only makes that
/// offer bigger (same prices, same number of levels), and the stream must send it. The change feed's fingerprint once
/// left the ladders' (price, size) tuples out, so such changes were never sent (found by the issue-19 benchmark).
/// </summary>
[Trait("Category", "Integration")]
public sealed class RestingOrderStreamTests(TestInfrastructure infrastructure)
{
    [Fact]
    public async Task An_order_joining_the_best_offer_is_streamed_as_the_new_size_at_that_level()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await infrastructure.CreateDatabaseAsync("simstreamsize");
        await using var host = StreamHost.Start(database.ConnectionString, new Dictionary<string, string?> { ["Simulator:Exchange:CounterpartyFlowPerMinute"] = "0" });
        await using var services = host.Clients();
        var rpc = services.GetRequiredService<IBetfairClient>();
        var stream = services.GetRequiredService<BetfairStreamClient>();
        var market = (await rpc.ListMarketCatalogueAsync(new ListMarketCatalogueRequest(
            new MarketFilter { MarketTypeCodes = ["MATCH_ODDS"] }, [MarketProjection.RunnerDescription], MarketSort.FirstToStart, 1), ct))[0];
        var home = market.Runners![0].SelectionId;
        var received = new ConcurrentQueue<StreamResponse>();
        stream.MessageReceived += received.Enqueue;
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var running = stream.RunAsync(stop.Token);
        await stream.SubscribeMarketsAsync(new StreamMarketFilter { MarketIds = [market.MarketId] },
            new StreamMarketDataFilter { Fields = [MarketDataFields.ExBestOffers], LadderLevels = 3 }, ct);
        await Eventually.ArrivesAsync(() => received.FirstOrDefault(m => m.Ct == ChangeTypes.SubImage), "the image", ct);

        var book = (await rpc.ListMarketBookAsync(new ListMarketBookRequest([market.MarketId], new PriceProjection([PriceData.ExBestOffers])), ct))[0];
        var best = book.Runners.Single(r => r.SelectionId == home).Exchange!.AvailableToBack[0];
        var placed = await rpc.PlaceOrdersAsync(new PlaceOrdersRequest(market.MarketId,
            [new PlaceInstruction(OrderType.Limit, home, Side.Lay, new LimitOrder(10m, best.Price, PersistenceType.Persist)) { CustomerOrderRef = "join-1" }],
            TradeReferences.CustomerRef(Guid.NewGuid(), 1)), ct);
        Assert.Equal(0m, Assert.Single(Assert.IsType<OrdersPlaced>(placed).Orders).SizeMatched);

        var delta = await Eventually.ArrivesAsync(() => received.FirstOrDefault(m => m.Ct is null && m.Mc is { Count: > 0 }), "the delta", ct);
        var runner = Assert.Single(Assert.Single(delta.Mc!).Rc!);
        Assert.Equal(home, runner.Id);
        Assert.Equal(new[] { 0m, best.Price, best.Size + 10m }, Assert.Single(runner.Batb!));

        await stop.CancelAsync();
        await running;
    }
}
