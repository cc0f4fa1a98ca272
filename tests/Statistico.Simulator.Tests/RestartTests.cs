using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Statistico.Betfair;
using Statistico.Betfair.Api;
using Statistico.Modelling.Pricing;
using Statistico.Simulator.World;
using Statistico.Testing;

namespace Statistico.Simulator.Tests;

/// <summary>A simulator restarted mid-season continues the same world: no order, match or settlement is lost or repeated.</summary>
[Trait("Category", "Integration")]
public sealed class RestartTests(TestInfrastructure infrastructure)
{
    private static readonly Dictionary<string, string?> Settings = new(SyntheticLeagueSettings.Paused(9, 6, new(2030, 8, 3, 10, 30, 0, TimeSpan.Zero)))
    {
        // The prices and score asserted below are those of seed 9's world without a past (the past draws first).
        ["Simulator:Synthetic:PastSeasons"] = "0",
        ["Simulator:Exchange:LevelSize"] = "10",
        ["Simulator:Exchange:CounterpartyFlowPerMinute"] = "1",
        ["Simulator:Exchange:FlowDecayPerTick"] = "0.1",
    };

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Restarting_mid_season_loses_no_order_match_or_settlement()
    {
        await using var database = await infrastructure.CreateDatabaseAsync("simrestart");
        MarketCatalogue market;
        IReadOnlyList<CurrentOrderSummary> before;
        DateTimeOffset timeBefore;
        WorldFixture fixtureBefore;

        await using (var first = new SimulatorFactory(database.ConnectionString, Settings))
        {
            using var control = first.CreateClient();
            await using var services = SimulatorHost.BetfairClient(first);
            var client = services.GetRequiredService<IBetfairClient>();
            market = await FirstMatchOddsAsync(client);
            fixtureBefore = first.Services.GetRequiredService<CurrentWorld>().Definition.Find(int.Parse(market.Event!.Id, System.Globalization.CultureInfo.InvariantCulture))!;
            var book = Assert.Single(await client.ListMarketBookAsync(new ListMarketBookRequest([market.MarketId], new PriceProjection([PriceData.ExBestOffers])), Ct));
            var home = book.Runners[0];
            var far = (decimal)BetfairTickLadder.Ticks[BetfairTickLadder.Ticks.ToList().FindIndex(t => (decimal)t >= home.Exchange!.AvailableToLay[0].Price) + 4];
            await client.PlaceOrdersAsync(new PlaceOrdersRequest(market.MarketId,
            [
                new PlaceInstruction(OrderType.Limit, home.SelectionId, Side.Back, new LimitOrder(6m, home.Exchange!.AvailableToBack[0].Price, PersistenceType.Lapse)) { CustomerOrderRef = "matched" },
                new PlaceInstruction(OrderType.Limit, home.SelectionId, Side.Back, new LimitOrder(4m, far, PersistenceType.Persist)) { CustomerOrderRef = "resting" },
            ], "restart-place"), Ct);
            timeBefore = (await SimulatorHost.AdvanceToAsync(control, fixtureBefore.KickOff.AddMinutes(-30), Ct)).SimulatedTime;
            before = (await client.ListCurrentOrdersAsync(new ListCurrentOrdersRequest(), Ct)).CurrentOrders;
            Assert.Equal(2, before.Count);
        }

        decimal balanceAfterSettlement;
        await using (var second = new SimulatorFactory(database.ConnectionString, Settings))
        {
            using var control = second.CreateClient();
            Assert.Equal(timeBefore, (await SimulatorHost.StatusAsync(control, Ct)).SimulatedTime);
            var fixtureAfter = second.Services.GetRequiredService<CurrentWorld>().Definition.Find(fixtureBefore.Id);
            Assert.Equal(fixtureBefore, fixtureAfter);

            await using var services = SimulatorHost.BetfairClient(second);
            var client = services.GetRequiredService<IBetfairClient>();
            var after = (await client.ListCurrentOrdersAsync(new ListCurrentOrdersRequest(), Ct)).CurrentOrders;
            Assert.Equal(before, after);

            await SimulatorHost.AdvanceToAsync(control, fixtureBefore.KickOff.AddHours(3), Ct);
            var settled = Assert.Single((await client.ListClearedOrdersAsync(new ListClearedOrdersRequest(BetStatus.Settled), Ct)).ClearedOrders);
            Assert.Equal("matched", settled.CustomerOrderRef);
            balanceAfterSettlement = (await client.GetAccountFundsAsync(Ct)).AvailableToBetBalance;
            // The world of seed 9 offers 2.14 on the first home side and the match ends 0-0: the back of 6 loses 6, and a
            // net loss pays no commission, so 1000 - 6 = 994.
            Assert.Equal((Side.Back, 6m, 2.14m, -6m), (settled.Side, settled.SizeSettled, settled.PriceMatched, settled.Profit));
            Assert.Equal(994m, balanceAfterSettlement);
        }

        await using (var third = new SimulatorFactory(database.ConnectionString, Settings))
        {
            using var control = third.CreateClient();
            await SimulatorHost.AdvanceToAsync(control, fixtureBefore.KickOff.AddDays(2), Ct);
            await using var services = SimulatorHost.BetfairClient(third);
            var client = services.GetRequiredService<IBetfairClient>();
            Assert.Equal(balanceAfterSettlement, (await client.GetAccountFundsAsync(Ct)).AvailableToBetBalance);
            Assert.Equal(2, (await client.ListClearedOrdersAsync(new ListClearedOrdersRequest(BetStatus.Settled), Ct)).ClearedOrders.Count
                + (await client.ListClearedOrdersAsync(new ListClearedOrdersRequest(BetStatus.Lapsed), Ct)).ClearedOrders.Count);
        }

        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync(Ct);
        await using var command = new NpgsqlCommand("SELECT count(*) FROM market_settlements", connection);
        Assert.Equal(1L, await command.ExecuteScalarAsync(Ct));
    }

    private static async Task<MarketCatalogue> FirstMatchOddsAsync(IBetfairClient client) =>
        Assert.Single(await client.ListMarketCatalogueAsync(new ListMarketCatalogueRequest(
            new MarketFilter { MarketTypeCodes = ["MATCH_ODDS"] }, [MarketProjection.RunnerDescription, MarketProjection.Event], MarketSort.FirstToStart, 1), Ct));
}
