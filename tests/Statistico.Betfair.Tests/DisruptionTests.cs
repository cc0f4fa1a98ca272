using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Statistico.Betfair.Api;
using Statistico.Testing;

namespace Statistico.Betfair.Tests;

/// <summary>Postponed and abandoned matches: the data API says so and the exchange voids their markets.</summary>
[Trait("Category", "Integration")]
public sealed class DisruptionTests(TestInfrastructure infrastructure)
{
    private static readonly DateTimeOffset FirstKickOff = new(2030, 8, 3, 12, 30, 0, TimeSpan.Zero);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("PostponedShare", 10, 24)]
    [InlineData("AbandonedShare", 15, -1)]
    public async Task Matched_bets_on_a_match_not_played_to_a_result_are_voided(string share, int stateId, int suspendedHoursBefore)
    {
        await using var database = await infrastructure.CreateDatabaseAsync("betfairvoid");
        var settings = new Dictionary<string, string?>(SimulatedExchange.Settings)
        {
            ["Simulator:StartTime"] = FirstKickOff.AddDays(-3).ToString("O"),
            [$"Simulator:Synthetic:{share}"] = "1",
        };
        await using var factory = new SimulatorFactory(database.ConnectionString, settings);
        using var control = factory.CreateClient();
        await using var services = SimulatedExchange.ClientServices(factory);
        var client = services.GetRequiredService<IBetfairClient>();
        var market = Assert.Single(await client.ListMarketCatalogueAsync(new ListMarketCatalogueRequest(
            new MarketFilter { MarketTypeCodes = ["MATCH_ODDS"] }, [MarketProjection.RunnerDescription, MarketProjection.MarketStartTime], MarketSort.FirstToStart, 1), Ct));
        Assert.Equal(FirstKickOff, market.MarketStartTime);
        var book = Assert.Single(await client.ListMarketBookAsync(new ListMarketBookRequest([market.MarketId], new PriceProjection([PriceData.ExBestOffers])), Ct));
        var runner = book.Runners[0];
        var placed = await client.PlaceOrdersAsync(new PlaceOrdersRequest(market.MarketId,
            [new PlaceInstruction(OrderType.Limit, runner.SelectionId, Side.Back, new LimitOrder(5m, runner.Exchange!.AvailableToBack[0].Price, PersistenceType.Lapse)) { CustomerOrderRef = "void-1" }], "void-place"), Ct);
        Assert.Equal(5m, Assert.Single(Assert.IsType<OrdersPlaced>(placed).Orders).SizeMatched);

        await (await control.PostAsJsonAsync("/control/advance", new { to = FirstKickOff.AddHours(-suspendedHoursBefore) }, Ct)).Content.ReadAsStringAsync(Ct);
        Assert.Equal(MarketStatus.Suspended, Assert.Single(await client.ListMarketBookAsync(new ListMarketBookRequest([market.MarketId]), Ct)).Status);

        await (await control.PostAsJsonAsync("/control/advance", new { to = FirstKickOff.AddHours(3) }, Ct)).Content.ReadAsStringAsync(Ct);
        var voided = Assert.Single((await client.ListClearedOrdersAsync(new ListClearedOrdersRequest(BetStatus.Voided), Ct)).ClearedOrders);
        Assert.Equal(("void-1", 0m), (voided.CustomerOrderRef, voided.Profit!.Value));
        Assert.Empty((await client.ListClearedOrdersAsync(new ListClearedOrdersRequest(BetStatus.Settled), Ct)).ClearedOrders);
        var funds = await client.GetAccountFundsAsync(Ct);
        Assert.Equal((1000m, 0m, 0m), (funds.AvailableToBetBalance, funds.Exposure, funds.RetainedCommission));

        var fixtures = await control.GetFromJsonAsync<JsonElement>("/v3/football/fixtures/between/2030-08-03/2030-08-03?include=scores;state", Ct);
        var fixture = fixtures.GetProperty("data")[0];
        Assert.Equal(stateId, fixture.GetProperty("state_id").GetInt32());
        Assert.Equal(0, fixture.GetProperty("scores").GetArrayLength());
    }
}
