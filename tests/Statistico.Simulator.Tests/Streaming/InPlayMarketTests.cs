using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Statistico.Betfair;
using Statistico.Betfair.Api;
using Statistico.Betfair.Streaming;
using Statistico.Testing;

namespace Statistico.Simulator.Tests.Streaming;

/// <summary>
/// Issue 19, ADR 1002: with <c>Exchange:InPlayReopenAfter</c> set, a fixture's markets are SUSPENDED at kick-off, then
/// OPEN in play with Betfair's bet delay (listMarketBook, an in-play-only catalogue and the stream's market
/// definition all say so), and an order placed in play is held for the delay of world time before it is matched or
/// refused. The world's clock is paused and moved by the control API, so "held" is a fact of world time, not of speed.
/// </summary>
[Trait("Category", "Integration")]
public sealed class InPlayMarketTests(TestInfrastructure infrastructure)
{
    private static readonly TimeSpan Reopen = TimeSpan.FromMinutes(2);

    private static readonly Dictionary<string, string?> InPlay = new()
    {
        ["Simulator:Exchange:InPlayReopenAfter"] = "00:02:00",
        ["Simulator:Exchange:InPlayBetDelay"] = "00:00:05",
        ["Simulator:Exchange:CounterpartyFlowPerMinute"] = "0",
        ["Simulator:Exchange:MatchDuration"] = "01:55:00",
        // Every fixture played as scheduled: postponed and abandoned ones do not turn in play.
        ["Simulator:Synthetic:PostponedShare"] = "0",
        ["Simulator:Synthetic:AbandonedShare"] = "0",
    };

    [Fact]
    public async Task Markets_suspend_at_kick_off_and_reopen_in_play_with_the_bet_delay()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await infrastructure.CreateDatabaseAsync("siminplay");
        await using var host = StreamHost.Start(database.ConnectionString, InPlay);
        await using var services = host.Clients();
        var rpc = services.GetRequiredService<IBetfairClient>();
        var stream = services.GetRequiredService<BetfairStreamClient>();
        var (marketId, kickOff) = await FirstMatchOddsAsync(rpc, ct);
        var definitions = new ConcurrentQueue<StreamMarketDefinition>();
        stream.MessageReceived += message =>
        {
            foreach (var change in message.Mc ?? [])
            {
                if (change.MarketDefinition is { } definition)
                {
                    definitions.Enqueue(definition);
                }
            }
        };
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var running = stream.RunAsync(stop.Token);
        await stream.SubscribeMarketsAsync(new StreamMarketFilter { MarketIds = [marketId] },
            new StreamMarketDataFilter { Fields = [MarketDataFields.ExBestOffers, MarketDataFields.ExMarketDef], LadderLevels = 3 }, ct);
        await Eventually.ArrivesAsync(() => definitions.FirstOrDefault(d => d is { Status: "OPEN", InPlay: false, BetDelay: 0 }), "the pre-match definition", ct);

        await SimulatorHost.AdvanceToAsync(host.Control, kickOff.AddMinutes(-1), ct);
        var before = await BookAsync(rpc, marketId, ct);
        Assert.Equal((MarketStatus.Open, false, 0), (before.Status, before.Inplay, before.BetDelay));
        Assert.DoesNotContain(marketId, await InPlayCatalogueAsync(rpc, ct));

        await SimulatorHost.AdvanceToAsync(host.Control, kickOff.AddMinutes(1), ct);
        var suspended = await BookAsync(rpc, marketId, ct);
        Assert.Equal((MarketStatus.Suspended, true, 5), (suspended.Status, suspended.Inplay, suspended.BetDelay));
        Assert.All(suspended.Runners, r => Assert.Empty(r.Exchange!.AvailableToBack));
        await Eventually.ArrivesAsync(() => definitions.FirstOrDefault(d => d is { Status: "SUSPENDED", InPlay: true, BetDelay: 5 }), "the suspension at kick-off", ct);

        await SimulatorHost.AdvanceToAsync(host.Control, kickOff + Reopen, ct);
        var reopened = await BookAsync(rpc, marketId, ct);
        Assert.Equal((MarketStatus.Open, true, 5), (reopened.Status, reopened.Inplay, reopened.BetDelay));
        Assert.All(reopened.Runners, r => Assert.NotEmpty(r.Exchange!.AvailableToBack));
        Assert.Contains(marketId, await InPlayCatalogueAsync(rpc, ct));
        await Eventually.ArrivesAsync(() => definitions.FirstOrDefault(d => d is { Status: "OPEN", InPlay: true, BetDelay: 5 }), "the in-play reopening", ct);

        await SimulatorHost.AdvanceToAsync(host.Control, kickOff.AddMinutes(116), ct);
        Assert.Equal(MarketStatus.Closed, (await BookAsync(rpc, marketId, ct)).Status);

        await stop.CancelAsync();
        await running;
    }

    [Fact]
    public async Task An_order_placed_in_play_is_held_for_the_bet_delay_then_matched_or_refused_as_the_market_then_is()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await infrastructure.CreateDatabaseAsync("siminplaydelay");
        await using var host = StreamHost.Start(database.ConnectionString, InPlay);
        await using var services = host.Clients();
        var rpc = services.GetRequiredService<IBetfairClient>();
        var (marketId, kickOff) = await FirstMatchOddsAsync(rpc, ct);
        var inPlay = kickOff + Reopen + TimeSpan.FromMinutes(1);
        await SimulatorHost.AdvanceToAsync(host.Control, inPlay, ct);
        var runner = (await BookAsync(rpc, marketId, ct)).Runners[0];
        var best = runner.Exchange!.AvailableToBack[0];

        // Backing at the best back price would match at once before kick-off; in play it waits for the delay.
        var placing = rpc.PlaceOrdersAsync(Back(marketId, runner.SelectionId, best.Price, "inplay-1"), ct);
        await Task.Delay(TimeSpan.FromSeconds(1), ct);
        Assert.False(placing.IsCompleted, "the order was answered before the bet delay passed");
        Assert.Empty((await rpc.ListCurrentOrdersAsync(new ListCurrentOrdersRequest(), ct)).CurrentOrders);

        await SimulatorHost.AdvanceToAsync(host.Control, inPlay.AddSeconds(5), ct);
        var placed = Assert.IsType<OrdersPlaced>(await placing.WaitAsync(TimeSpan.FromSeconds(30), ct));
        var order = Assert.Single(placed.Orders);
        Assert.Equal(2m, order.SizeMatched);
        var current = Assert.Single((await rpc.ListCurrentOrdersAsync(new ListCurrentOrdersRequest(), ct)).CurrentOrders);
        Assert.Equal(inPlay.AddSeconds(5), current.PlacedDate);

        // Held when the match ends: by the end of the delay the market is closed, and the order is refused.
        var late = kickOff.AddMinutes(115).AddSeconds(-2);
        await SimulatorHost.AdvanceToAsync(host.Control, late, ct);
        var refusing = rpc.PlaceOrdersAsync(Back(marketId, runner.SelectionId, best.Price, "inplay-2"), ct);
        await Task.Delay(TimeSpan.FromSeconds(1), ct);
        Assert.False(refusing.IsCompleted, "the late order was answered before the bet delay passed");
        await SimulatorHost.AdvanceToAsync(host.Control, late.AddSeconds(5), ct);
        var refused = Assert.IsType<OrdersRejected>(await refusing.WaitAsync(TimeSpan.FromSeconds(30), ct));
        Assert.Equal(ExecutionErrorCodes.MarketNotOpenForBetting, refused.ErrorCode);
    }

    private static PlaceOrdersRequest Back(string marketId, long selectionId, decimal price, string reference) =>
        new(marketId, [new PlaceInstruction(OrderType.Limit, selectionId, Side.Back, new LimitOrder(2m, price, PersistenceType.Lapse)) { CustomerOrderRef = reference }],
            TradeReferences.CustomerRef(Guid.NewGuid(), 1));

    private static async Task<(string MarketId, DateTimeOffset KickOff)> FirstMatchOddsAsync(IBetfairClient rpc, CancellationToken ct)
    {
        var market = (await rpc.ListMarketCatalogueAsync(new ListMarketCatalogueRequest(
            new MarketFilter { MarketTypeCodes = ["MATCH_ODDS"] }, [MarketProjection.MarketStartTime], MarketSort.FirstToStart, 1), ct))[0];
        return (market.MarketId, market.MarketStartTime!.Value);
    }

    private static async Task<MarketBook> BookAsync(IBetfairClient rpc, string marketId, CancellationToken ct) =>
        Assert.Single(await rpc.ListMarketBookAsync(new ListMarketBookRequest([marketId], new PriceProjection([PriceData.ExBestOffers])), ct));

    private static async Task<List<string>> InPlayCatalogueAsync(IBetfairClient rpc, CancellationToken ct) =>
        [.. (await rpc.ListMarketCatalogueAsync(new ListMarketCatalogueRequest(
            new MarketFilter { MarketTypeCodes = ["MATCH_ODDS"], InPlayOnly = true }, [], MarketSort.FirstToStart), ct)).Select(m => m.MarketId)];
}
