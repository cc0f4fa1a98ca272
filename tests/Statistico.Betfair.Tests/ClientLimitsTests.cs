using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Statistico.Betfair.Api;
using Statistico.Testing;

namespace Statistico.Betfair.Tests;

/// <summary>The client's own limits against the Simulator: the hourly transaction budget and the session keep-alive.</summary>
[Trait("Category", "Integration")]
public sealed class ClientLimitsTests(TestInfrastructure infrastructure) : IAsyncLifetime
{
    private SimulatedExchange? exchange;

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
    public async Task Placing_past_the_hourly_transaction_budget_is_refused_before_anything_is_sent_and_allowed_the_next_hour()
    {
        var wall = new ManualTimeProvider();
        await using var services = SimulatedExchange.ClientServices(exchange!.Factory, s => s["Betfair:TransactionsPerHour"] = "3", c => c.AddSingleton<TimeProvider>(wall));
        var client = services.GetRequiredService<IBetfairClient>();
        var market = Assert.Single(await client.ListMarketCatalogueAsync(new ListMarketCatalogueRequest(
            new MarketFilter { MarketTypeCodes = ["MATCH_ODDS"] }, [MarketProjection.RunnerDescription], MarketSort.FirstToStart, 1), Ct));
        var selection = market.Runners![0].SelectionId;
        PlaceInstruction Far(string reference) => new(OrderType.Limit, selection, Side.Back, new LimitOrder(2m, 900m, PersistenceType.Lapse)) { CustomerOrderRef = reference };

        await client.PlaceOrdersAsync(new PlaceOrdersRequest(market.MarketId, [Far("t-1"), Far("t-2")], "budget-1"), Ct);
        await Assert.ThrowsAsync<BetfairTransactionLimitException>(() => client.PlaceOrdersAsync(new PlaceOrdersRequest(market.MarketId, [Far("t-3"), Far("t-4")], "budget-2"), Ct));
        Assert.Equal(2, (await client.ListCurrentOrdersAsync(new ListCurrentOrdersRequest(), Ct)).CurrentOrders.Count);

        wall.Advance(TimeSpan.FromHours(1));
        await client.PlaceOrdersAsync(new PlaceOrdersRequest(market.MarketId, [Far("t-3"), Far("t-4")], "budget-3"), Ct);
        Assert.Equal(4, (await client.ListCurrentOrdersAsync(new ListCurrentOrdersRequest(), Ct)).CurrentOrders.Count);
    }

    [Fact]
    public async Task The_session_is_kept_alive_rather_than_replaced()
    {
        var wall = new ManualTimeProvider();
        await using var services = SimulatedExchange.ClientServices(exchange!.Factory, s => s["Betfair:KeepAliveInterval"] = "00:10:00", c => c.AddSingleton<TimeProvider>(wall));
        var client = services.GetRequiredService<IBetfairClient>();

        await client.GetAccountFundsAsync(Ct);
        wall.Advance(TimeSpan.FromMinutes(11));
        await client.GetAccountFundsAsync(Ct);
        wall.Advance(TimeSpan.FromMinutes(11));
        await client.ListEventsAsync(new MarketFilter(), Ct);

        await using var connection = new NpgsqlConnection(exchange.Database.ConnectionString);
        await connection.OpenAsync(Ct);
        await using var command = new NpgsqlCommand("SELECT count(*) FROM sessions", connection);
        Assert.Equal(1L, await command.ExecuteScalarAsync(Ct));
    }
}
