using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Statistico.Betfair.Api;
using Statistico.Modelling.Pricing;
using Statistico.Simulator.World;
using Statistico.Testing;

namespace Statistico.Betfair.Tests;

/// <summary>The Betfair client against the Simulator's exchange over HTTP: the order life cycle and the error contract.</summary>
[Trait("Category", "Integration")]
public sealed class ExchangeContractTests(TestInfrastructure infrastructure) : IAsyncLifetime
{
    private SimulatedExchange? exchange;

    private SimulatedExchange Exchange => exchange!;

    private IBetfairClient Client => Exchange.Client;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => exchange = await SimulatedExchange.StartAsync(infrastructure);

    public async ValueTask DisposeAsync()
    {
        if (exchange is not null)
        {
            await exchange.DisposeAsync();
        }
    }

    [Fact]
    public async Task An_order_better_than_the_best_price_matches_up_to_the_available_size_and_the_rest_can_be_cancelled()
    {
        var market = await FirstMatchOddsAsync();
        var home = market.Runners![0].SelectionId;
        var bestBack = await BestBackAsync(market.MarketId, home);

        var placed = await Client.PlaceOrdersAsync(
            new PlaceOrdersRequest(market.MarketId, [Back(home, 25m, bestBack.Price, "partial-1")], "place-partial"), Ct);

        var report = Assert.Single(Assert.IsType<OrdersPlaced>(placed).Orders);
        Assert.Equal(bestBack.Size, report.SizeMatched);
        Assert.Equal(bestBack.Price, report.AveragePriceMatched);
        Assert.Equal(OrderStatus.Executable, report.Status);

        // The crowd's offer at that price was taken: it is not offered again, and it shows as traded volume.
        var after = await BestBackAsync(market.MarketId, home);
        Assert.True(after.Price < bestBack.Price, $"the taken offer at {bestBack.Price} is still shown ({after})");
        var traded = Assert.Single(await Client.ListMarketBookAsync(new ListMarketBookRequest([market.MarketId], new PriceProjection([PriceData.ExTraded])), Ct))
            .Runners.Single(r => r.SelectionId == home);
        Assert.Contains(traded.Exchange!.TradedVolume!, v => v.Price == bestBack.Price && v.Size >= bestBack.Size);
        Assert.True(BetfairTickLadder.IsTick((double)traded.LastPriceTraded!.Value));

        var cancelled = await Client.CancelOrdersAsync(new CancelOrdersRequest(market.MarketId, [new CancelInstruction(report.BetId)]), Ct);
        Assert.Equal(ExecutionReportStatus.Success, cancelled.Status);
        Assert.Equal(25m - bestBack.Size, Assert.Single(cancelled.InstructionReports).SizeCancelled);

        var order = Assert.Single((await Client.ListCurrentOrdersAsync(new ListCurrentOrdersRequest { MarketIds = [market.MarketId] }, Ct)).CurrentOrders);
        Assert.Equal((OrderStatus.ExecutionComplete, bestBack.Size, 0m, 25m - bestBack.Size), (order.Status, order.SizeMatched, order.SizeRemaining, order.SizeCancelled));
        var funds = await Client.GetAccountFundsAsync(Ct);
        Assert.Equal(-bestBack.Size, funds.Exposure);
        Assert.Equal(1000m - bestBack.Size, funds.AvailableToBetBalance);
    }

    [Fact]
    public async Task A_resting_order_is_matched_by_counterparty_flow_only_after_the_queue_ahead_of_it()
    {
        var market = await FirstMatchOddsAsync();
        var away = market.Runners![1].SelectionId;
        var bestLay = await BestLayAsync(market.MarketId, away);

        // A back at the best lay price joins the crowd's 10 already offered there; flow there is 1 per minute.
        var placed = await Client.PlaceOrdersAsync(new PlaceOrdersRequest(market.MarketId, [Back(away, 5m, bestLay.Price, "queue-1")], "queue-place"), Ct);
        Assert.Equal(0m, Assert.Single(Assert.IsType<OrdersPlaced>(placed).Orders).SizeMatched);
        Assert.Equal(10m, bestLay.Size);

        await Exchange.AdvanceAsync(TimeSpan.FromMinutes(9), Ct);
        Assert.Equal(0m, (await OrderAsync("queue-1")).SizeMatched);

        await Exchange.AdvanceAsync(TimeSpan.FromMinutes(3), Ct);
        Assert.Equal(2m, (await OrderAsync("queue-1")).SizeMatched);

        await Exchange.AdvanceAsync(TimeSpan.FromMinutes(10), Ct);
        var filled = await OrderAsync("queue-1");
        Assert.Equal((5m, OrderStatus.ExecutionComplete, bestLay.Price), (filled.SizeMatched, filled.Status, filled.AveragePriceMatched!.Value));
    }

    [Fact]
    public async Task Cancelling_an_earlier_order_at_the_same_price_moves_the_later_one_up_the_queue()
    {
        var market = await FirstMatchOddsAsync();
        var away = market.Runners![1].SelectionId;
        var bestLay = await BestLayAsync(market.MarketId, away);
        await Client.PlaceOrdersAsync(new PlaceOrdersRequest(market.MarketId, [Back(away, 6m, bestLay.Price, "first-in-queue"), Back(away, 4m, bestLay.Price, "second-in-queue")], "queue-two"), Ct);

        // Queue: the crowd's 10, then the first order's 6, then the second order; flow is 1 per minute.
        var first = await OrderAsync("first-in-queue");
        await Client.CancelOrdersAsync(new CancelOrdersRequest(market.MarketId, [new CancelInstruction(first.BetId)]), Ct);
        await Exchange.AdvanceAsync(TimeSpan.FromMinutes(12), Ct);

        Assert.Equal(2m, (await OrderAsync("second-in-queue")).SizeMatched);
    }

    [Fact]
    public async Task At_kick_off_the_market_suspends_lapse_orders_lapse_and_persist_orders_lapse_at_the_close()
    {
        var market = await FirstMatchOddsAsync();
        var home = market.Runners![0].SelectionId;
        var far = CrowdPrice((await BestLayAsync(market.MarketId, home)).Price, 2);
        await Client.PlaceOrdersAsync(new PlaceOrdersRequest(market.MarketId,
        [
            Back(home, 5m, far, "lapse-1"),
            Back(home, 5m, far, "persist-1") with { LimitOrder = new LimitOrder(5m, far, PersistenceType.Persist) },
        ], "lapse-place"), Ct);

        await Exchange.AdvanceToAsync(market.MarketStartTime!.Value.AddMinutes(1), Ct);

        // A wholly unmatched lapsed order leaves the current orders, as on Betfair, and is cleared as LAPSED.
        var current = (await Client.ListCurrentOrdersAsync(new ListCurrentOrdersRequest(), Ct)).CurrentOrders;
        var persisted = Assert.Single(current);
        Assert.Equal(("persist-1", OrderStatus.Executable, 5m), (persisted.CustomerOrderRef, persisted.Status, persisted.SizeRemaining));
        var lapsed = Assert.Single((await Client.ListClearedOrdersAsync(new ListClearedOrdersRequest(BetStatus.Lapsed), Ct)).ClearedOrders);
        Assert.Equal(("lapse-1", market.MarketStartTime), (lapsed.CustomerOrderRef, lapsed.SettledDate));
        var book = Assert.Single(await Client.ListMarketBookAsync(new ListMarketBookRequest([market.MarketId]), Ct));
        Assert.Equal(MarketStatus.Suspended, book.Status);
        var refused = await Client.PlaceOrdersAsync(new PlaceOrdersRequest(market.MarketId, [Back(home, 5m, far, "late-1")], "late-place"), Ct);
        Assert.Equal(ExecutionErrorCodes.MarketSuspended, Assert.IsType<OrdersRejected>(refused).ErrorCode);

        await Exchange.AdvanceToAsync(market.MarketStartTime!.Value.AddHours(3), Ct);
        var cleared = await Client.ListClearedOrdersAsync(new ListClearedOrdersRequest(BetStatus.Lapsed) { MarketIds = [market.MarketId] }, Ct);
        Assert.Equal(["lapse-1", "persist-1"], cleared.ClearedOrders.Select(o => o.CustomerOrderRef).Order());
        Assert.Empty((await Client.ListCurrentOrdersAsync(new ListCurrentOrdersRequest(), Ct)).CurrentOrders);
        Assert.Equal(1000m, (await Client.GetAccountFundsAsync(Ct)).AvailableToBetBalance);
    }

    [Fact]
    public async Task Markets_settle_at_full_time_with_commission_on_net_market_winnings_only()
    {
        var market = await FirstMatchOddsAsync();
        var fixture = Exchange.Factory.Services.GetRequiredService<CurrentWorld>().Definition.Find(int.Parse(market.Event!.Id, System.Globalization.CultureInfo.InvariantCulture))!;
        var winner = fixture.Result.HomeGoals > fixture.Result.AwayGoals ? market.Runners![0] : fixture.Result.HomeGoals < fixture.Result.AwayGoals ? market.Runners![1] : market.Runners![2];
        var loser = market.Runners!.First(r => r.SelectionId != winner.SelectionId);
        var winnerPrice = (await BestBackAsync(market.MarketId, winner.SelectionId)).Price;
        var loserPrice = (await BestBackAsync(market.MarketId, loser.SelectionId)).Price;
        var otherLoser = market.Runners!.Last(r => r.SelectionId != winner.SelectionId);
        var layPrice = (await BestLayAsync(market.MarketId, otherLoser.SelectionId)).Price;
        // The world of seed 5 prices its first match so and it ends 1-0; the figures below were worked out by hand from these.
        Assert.Equal((1, 0, 2.42m, 3.35m, 3.45m), (fixture.Result.HomeGoals, fixture.Result.AwayGoals, winnerPrice, loserPrice, layPrice));
        var lay = new PlaceInstruction(OrderType.Limit, otherLoser.SelectionId, Side.Lay, new LimitOrder(3m, layPrice, PersistenceType.Lapse)) { CustomerOrderRef = "lay-1" };
        await Client.PlaceOrdersAsync(new PlaceOrdersRequest(market.MarketId, [Back(winner.SelectionId, 8.75m, winnerPrice, "win-1"), Back(loser.SelectionId, 2.12m, loserPrice, "lose-1"), lay], "settle-place"), Ct);

        // Another market of the same match lost outright: no commission there.
        var goals = (await Client.ListMarketCatalogueAsync(new ListMarketCatalogueRequest(
            new MarketFilter { EventIds = [market.Event!.Id], MarketTypeCodes = ["OVER_UNDER_25"] }, [MarketProjection.RunnerDescription]), Ct)).Single();
        var losingGoals = goals.Runners!.Single(r => r.RunnerName.StartsWith(fixture.Result.TotalGoals >= 3 ? "Under" : "Over", StringComparison.Ordinal));
        var goalsPrice = (await BestBackAsync(goals.MarketId, losingGoals.SelectionId)).Price;
        Assert.Equal(2.48m, goalsPrice);
        await Client.PlaceOrdersAsync(new PlaceOrdersRequest(goals.MarketId, [Back(losingGoals.SelectionId, 3m, goalsPrice, "goals-1")], "goals-place"), Ct);

        await Exchange.AdvanceToAsync(market.MarketStartTime!.Value.AddHours(2), Ct);

        var book = Assert.Single(await Client.ListMarketBookAsync(new ListMarketBookRequest([market.MarketId]), Ct));
        Assert.Equal(MarketStatus.Closed, book.Status);
        Assert.Equal(RunnerStatus.Winner, book.Runners.Single(r => r.SelectionId == winner.SelectionId).Status);
        var bets = (await Client.ListClearedOrdersAsync(new ListClearedOrdersRequest(BetStatus.Settled), Ct)).ClearedOrders.ToDictionary(o => o.CustomerOrderRef!);
        // win-1: back 8.75 at 2.42 wins 8.75 × 1.42 = 12.425, a half penny: banker's rounding gives 12.42 (half up: 12.43).
        Assert.Equal((12.42m, "WON"), (bets["win-1"].Profit!.Value, bets["win-1"].BetOutcome));
        // lose-1: back 2.12 at 3.35 loses its stake; lay-1: lay 3 at 3.45 on a loser wins the backer's stake, 3.00.
        Assert.Equal((-2.12m, "LOST"), (bets["lose-1"].Profit!.Value, bets["lose-1"].BetOutcome));
        Assert.Equal((3m, "WON", 3.45m), (bets["lay-1"].Profit!.Value, bets["lay-1"].BetOutcome, bets["lay-1"].PriceMatched!.Value));
        Assert.Equal(-3m, bets["goals-1"].Profit);

        var byMarket = (await Client.ListClearedOrdersAsync(new ListClearedOrdersRequest(BetStatus.Settled) { GroupBy = GroupBy.Market }, Ct)).ClearedOrders.ToDictionary(o => o.MarketId!);
        // Match odds net 12.42 - 2.12 + 3.00 = 13.30; 5 % of it is 0.665, a half penny again: 0.66 (half up: 0.67).
        Assert.Equal(0.66m, byMarket[market.MarketId].Commission);
        // Over/under lost 3.00 net: nothing is charged on a net loss.
        Assert.Equal(0m, byMarket[goals.MarketId].Commission);
        var funds = await Client.GetAccountFundsAsync(Ct);
        // 1000 + 13.30 - 0.66 - 3.00 = 1009.64, nothing open.
        Assert.Equal((1009.64m, 0m, 0.66m), (funds.AvailableToBetBalance, funds.Exposure, funds.RetainedCommission));
    }

    [Fact]
    public async Task A_customer_ref_resubmitted_within_the_window_is_a_duplicate_transaction_resolved_to_the_first_order()
    {
        var market = await FirstMatchOddsAsync();
        var home = market.Runners![0].SelectionId;
        var far = CrowdPrice((await BestLayAsync(market.MarketId, home)).Price, 5);
        var request = new PlaceOrdersRequest(market.MarketId, [Back(home, 2m, far, "dup-order")], "dup-transaction-1");

        var first = Assert.IsType<OrdersPlaced>(await Client.PlaceOrdersAsync(request, Ct));
        var second = Assert.IsType<OrdersPlaced>(await Client.PlaceOrdersAsync(request, Ct));

        Assert.Equal(first.Orders.Single().BetId, second.Orders.Single().BetId);
        Assert.Single((await Client.ListCurrentOrdersAsync(new ListCurrentOrdersRequest(), Ct)).CurrentOrders);
    }

    [Fact]
    public async Task A_lost_place_answer_is_reconciled_by_customer_order_ref_without_placing_twice()
    {
        var market = await FirstMatchOddsAsync();
        var home = market.Runners![0].SelectionId;
        var far = CrowdPrice((await BestLayAsync(market.MarketId, home)).Price, 5);
        await Exchange.ArmFaultsAsync(dropNext: 1, refuseNext: 0, Ct);

        var placed = Assert.IsType<OrdersPlaced>(await Client.PlaceOrdersAsync(new PlaceOrdersRequest(market.MarketId, [Back(home, 2m, far, "dropped-1")], "dropped-place"), Ct));

        var order = Assert.Single((await Client.ListCurrentOrdersAsync(new ListCurrentOrdersRequest(), Ct)).CurrentOrders);
        Assert.Equal((order.BetId, "dropped-1"), (Assert.Single(placed.Orders).BetId, order.CustomerOrderRef));
    }

    [Fact]
    public async Task A_refused_read_is_retried_but_a_refused_place_is_not()
    {
        var market = await FirstMatchOddsAsync();
        await Exchange.ArmFaultsAsync(dropNext: 0, refuseNext: 1, Ct);
        Assert.NotEmpty(await Client.ListEventsAsync(new MarketFilter(), Ct));

        await Exchange.ArmFaultsAsync(dropNext: 0, refuseNext: 1, Ct);
        var home = market.Runners![0].SelectionId;
        var refused = Assert.IsType<OrdersRejected>(await Client.PlaceOrdersAsync(new PlaceOrdersRequest(market.MarketId, [Back(home, 2m, 1.5m, "busy-1")], "busy-place"), Ct));
        Assert.Equal(ApingErrorCodes.ServiceBusy, refused.ErrorCode);
        Assert.Empty((await Client.ListCurrentOrdersAsync(new ListCurrentOrdersRequest(), Ct)).CurrentOrders);
    }

    [Fact]
    public async Task Error_codes_map_to_exceptions_and_rejected_instructions_keep_their_codes()
    {
        var invalid = await Assert.ThrowsAsync<BetfairInvalidRequestException>(() => Client.ListMarketBookAsync(new ListMarketBookRequest(["not-a-market"]), Ct));
        Assert.Equal(ApingErrorCodes.InvalidInputData, invalid.ErrorCode);

        var market = await FirstMatchOddsAsync();
        var badOdds = Assert.IsType<OrdersRejected>(await Client.PlaceOrdersAsync(new PlaceOrdersRequest(market.MarketId, [Back(market.Runners![0].SelectionId, 2m, 2.01m, "odd-1")], "odd-place"), Ct));
        Assert.Equal(ExecutionErrorCodes.BetActionError, badOdds.ErrorCode);
        Assert.Equal(new RefusedInstruction("odd-1", InstructionErrorCodes.InvalidOdds), Assert.Single(badOdds.Instructions));

        var tooBig = Assert.IsType<OrdersRejected>(await Client.PlaceOrdersAsync(new PlaceOrdersRequest(market.MarketId, [Back(market.Runners![0].SelectionId, 5000m, 2m, "big-1")], "big-place"), Ct));
        Assert.Equal(ExecutionErrorCodes.InsufficientFunds, tooBig.ErrorCode);

        await using var wrongKey = SimulatedExchange.ClientServices(Exchange.Factory, s => s["Betfair:AppKey"] = "not-our-key");
        var appKey = await Assert.ThrowsAsync<BetfairSessionException>(() => wrongKey.GetRequiredService<IBetfairClient>().ListEventsAsync(new MarketFilter(), Ct));
        Assert.Equal(ApingErrorCodes.InvalidAppKey, appKey.ErrorCode);

        await using var wrongPassword = SimulatedExchange.ClientServices(Exchange.Factory, s => s["Betfair:Password"] = "guess");
        var login = await Assert.ThrowsAsync<BetfairSessionException>(() => wrongPassword.GetRequiredService<IBetfairClient>().GetAccountFundsAsync(Ct));
        Assert.Equal("INVALID_USERNAME_OR_PASSWORD", login.LoginError);

        await using var greedy = SimulatedExchange.ClientServices(Exchange.Factory, s => s["Betfair:MaxRequestWeight"] = "100000");
        var heavy = new ListMarketBookRequest([.. Enumerable.Range(1, 7).Select(i => $"1.{190000000 + i}1")], new PriceProjection([PriceData.ExAllOffers, PriceData.ExTraded]));
        var tooMuch = await Assert.ThrowsAsync<BetfairInvalidRequestException>(() => greedy.GetRequiredService<IBetfairClient>().ListMarketBookAsync(heavy, Ct));
        Assert.Equal(ApingErrorCodes.TooMuchData, tooMuch.ErrorCode);

        // The default client splits the same request to stay under Betfair's weight limit.
        Assert.Empty(await Client.ListMarketBookAsync(heavy, Ct));
    }

    [Fact]
    public async Task An_expired_session_is_replaced_by_a_new_login_transparently()
    {
        await Client.GetAccountFundsAsync(Ct);
        await using (var connection = new NpgsqlConnection(Exchange.Database.ConnectionString))
        {
            await connection.OpenAsync(Ct);
            await using var command = new NpgsqlCommand("DELETE FROM sessions", connection);
            Assert.Equal(1, await command.ExecuteNonQueryAsync(Ct));
        }

        Assert.Equal(1000m, (await Client.GetAccountFundsAsync(Ct)).AvailableToBetBalance);
    }

    private static PlaceInstruction Back(long selectionId, decimal size, decimal price, string customerOrderRef) =>
        new(OrderType.Limit, selectionId, Side.Back, new LimitOrder(size, price, PersistenceType.Lapse)) { CustomerOrderRef = customerOrderRef };

    private static decimal CrowdPrice(decimal from, int ticks) => (decimal)(BetfairTickLadder.Ticks[BetfairTickLadder.Ticks.ToList().FindIndex(t => (decimal)t >= from) + ticks]);

    private async Task<MarketCatalogue> FirstMatchOddsAsync()
    {
        var markets = await Client.ListMarketCatalogueAsync(new ListMarketCatalogueRequest(
            new MarketFilter { EventTypeIds = ["1"], MarketTypeCodes = ["MATCH_ODDS"] },
            [MarketProjection.RunnerDescription, MarketProjection.MarketStartTime, MarketProjection.Event], MarketSort.FirstToStart, 1), Ct);
        return Assert.Single(markets);
    }

    private async Task<PriceSize> BestBackAsync(string marketId, long selectionId) => (await RunnerAsync(marketId, selectionId)).Exchange!.AvailableToBack[0];

    private async Task<PriceSize> BestLayAsync(string marketId, long selectionId) => (await RunnerAsync(marketId, selectionId)).Exchange!.AvailableToLay[0];

    private async Task<Runner> RunnerAsync(string marketId, long selectionId)
    {
        var book = Assert.Single(await Client.ListMarketBookAsync(new ListMarketBookRequest([marketId], new PriceProjection([PriceData.ExBestOffers])), Ct));
        return book.Runners.Single(r => r.SelectionId == selectionId);
    }

    private async Task<CurrentOrderSummary> OrderAsync(string customerOrderRef) =>
        Assert.Single((await Client.ListCurrentOrdersAsync(new ListCurrentOrdersRequest { CustomerOrderRefs = [customerOrderRef] }, Ct)).CurrentOrders);
}
