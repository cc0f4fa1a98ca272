using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Statistico.Betfair.Api;
using Statistico.Betfair.Tests.Support;
using Statistico.Testing;

namespace Statistico.Betfair.Tests;

/// <summary>
/// The client's unknown-state path against the real Simulator: the exchange accepts the order, its answer never
/// arrives; the client resolves it by customerOrderRef (or says unknown and a later look-up resolves it), and the
/// Simulator's book holds exactly one order.
/// </summary>
[Trait("Category", "Integration")]
public sealed class UnknownStateTests(TestInfrastructure infrastructure) : IAsyncLifetime
{
    private static readonly Guid Trade = Guid.Parse("0b8d4a52-3c1e-4f57-9a55-0d6c2b9e7f10");

    private SimulatedExchange? exchange;

    private SimulatedExchange Exchange => exchange!;

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
    public async Task A_place_whose_answer_comes_too_late_is_found_by_reference_and_placed_once()
    {
        await using var services = SimulatedExchange.ClientServices(
            Exchange.Factory, s => s["Betfair:RequestTimeout"] = "00:00:01", http: h => h.AddHttpMessageHandler(() => new LateAnswerHandler(TimeSpan.FromSeconds(3))));
        var client = services.GetRequiredService<IBetfairClient>();
        var request = await RequestAsync(client);

        var placed = Assert.IsType<OrdersPlaced>(await client.PlaceOrdersAsync(request, Ct));

        var order = Assert.Single(placed.Orders);
        Assert.Equal(TradeReferences.CustomerOrderRef(Trade), order.CustomerOrderRef);
        Assert.Equal([order.BetId], await BookAsync());
    }

    [Fact]
    public async Task A_place_whose_answer_and_look_up_are_both_lost_is_unknown_and_a_later_look_up_resolves_it()
    {
        await using var services = SimulatedExchange.ClientServices(Exchange.Factory, s => s["Betfair:RetryCount"] = "0");
        var client = services.GetRequiredService<IBetfairClient>();
        var request = await RequestAsync(client);
        await Exchange.ArmFaultsAsync(dropNext: 2, refuseNext: 0, Ct);

        var unknown = Assert.IsType<OrdersUnknown>(await client.PlaceOrdersAsync(request, Ct));

        Assert.Equal([TradeReferences.CustomerOrderRef(Trade)], unknown.CustomerOrderRefs);
        var found = Assert.Single(await client.FindOrdersAsync(unknown.MarketId, unknown.CustomerOrderRefs, Ct));
        Assert.Equal([found.BetId], await BookAsync());
    }

    [Fact]
    public async Task A_fill_or_kill_order_that_expired_is_found_among_cleared_orders_after_a_lost_answer()
    {
        await using var services = SimulatedExchange.ClientServices(Exchange.Factory);
        var client = services.GetRequiredService<IBetfairClient>();
        var request = await RequestAsync(client);
        var killed = request with
        {
            Instructions = [request.Instructions[0] with { LimitOrder = new LimitOrder(2m, 900m, PersistenceType.Lapse) { TimeInForce = TimeInForce.FillOrKill } }],
        };
        await Exchange.ArmFaultsAsync(dropNext: 1, refuseNext: 0, Ct);

        var placed = Assert.IsType<OrdersPlaced>(await client.PlaceOrdersAsync(killed, Ct));

        var order = Assert.Single(placed.Orders);
        Assert.Equal((0m, OrderStatus.ExecutionComplete), (order.SizeMatched, order.Status));
        Assert.Equal([order.BetId], await BookAsync());
    }

    private static async Task<PlaceOrdersRequest> RequestAsync(IBetfairClient client)
    {
        var market = Assert.Single(await client.ListMarketCatalogueAsync(new ListMarketCatalogueRequest(
            new MarketFilter { MarketTypeCodes = ["MATCH_ODDS"] }, [MarketProjection.RunnerDescription], MarketSort.FirstToStart, 1), Ct));
        var instruction = new PlaceInstruction(OrderType.Limit, market.Runners![0].SelectionId, Side.Back, new LimitOrder(2m, 900m, PersistenceType.Lapse))
        {
            CustomerOrderRef = TradeReferences.CustomerOrderRef(Trade),
        };
        return new PlaceOrdersRequest(market.MarketId, [instruction], TradeReferences.CustomerRef(Trade, 1));
    }

    /// <summary>Every order on the Simulator's book, read from its database rather than through the API under test.</summary>
    private async Task<List<string>> BookAsync()
    {
        await using var connection = new NpgsqlConnection(Exchange.Database.ConnectionString);
        await connection.OpenAsync(Ct);
        await using var command = new NpgsqlCommand("SELECT \"BetId\" FROM orders", connection);
        var bets = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(Ct);
        while (await reader.ReadAsync(Ct))
        {
            bets.Add(reader.GetInt64(0).ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        return bets;
    }
}
