using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Statistico.Betfair;
using Statistico.Betfair.Api;
using Statistico.Contracts.Trading;
using Statistico.Testing;
using Statistico.Trader.Data;
using Statistico.Trader.Live;
using Statistico.Trader.Live.Faults;
using Statistico.Trader.Positions;
using Statistico.Trader.Strategies;
using Side = Statistico.Contracts.Trading.Side;

namespace Statistico.Trader.Tests.Live;

/// <summary>
/// A real Trader process killed with SIGKILL at the two worst moments of a LIVE order, then started again on the same
/// database and broker: after its ledger row is committed and before the placeOrders request leaves, and after the
/// exchange placed the order and before the Trader read the answer. The Simulator (its exchange on a real TCP port)
/// counts the orders: never a second one for the reference, and the trade ends for what the exchange really did.
/// </summary>
[Trait("Category", "Integration")]
public sealed class TraderKillTests(TestInfrastructure infrastructure)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Killed_after_committing_the_intent_and_before_the_call_the_restarted_Trader_never_places_it_and_concludes_NOT_PLACED()
    {
        var (trade, orders) = await KillAndRestartAsync(PlaceOrdersHang.BeforeSend);

        Assert.Equal(0, orders);
        Assert.Equal("Rejected", trade.State);
        Assert.Equal(LiveOrderResolver.NotPlacedCode, trade.EndReason);
        Assert.Equal(LiveOrderStatus.NotPlaced, trade.Ledger);
    }

    [Fact]
    public async Task Killed_after_the_exchange_placed_the_order_and_before_the_answer_was_read_the_restarted_Trader_finds_it_and_places_nothing_more()
    {
        var (trade, orders) = await KillAndRestartAsync(PlaceOrdersHang.AfterAnswer);

        Assert.Equal(1, orders);
        Assert.Equal("Matched", trade.State);
        Assert.Equal(LiveOrderStatus.Placed, trade.Ledger);
        Assert.NotNull(trade.BetId);
    }

    private async Task<(TradeSeen Trade, long Orders)> KillAndRestartAsync(PlaceOrdersHang point)
    {
        await using var simulatorDatabase = await infrastructure.CreateDatabaseAsync("kill-simulator");
        await using var traderDatabase = await infrastructure.CreateDatabaseAsync("kill-trader");
        await using var virtualHost = await infrastructure.CreateVirtualHostAsync("kill-trader");
        await using var simulator = new LiveSimulatorFactory(simulatorDatabase.ConnectionString);
        var simulatorPort = TraderProcess.FreePort();
        simulator.UseKestrel(simulatorPort);
        simulator.StartServer();
        var exchangeUrl = $"http://127.0.0.1:{simulatorPort}/exchange/betting/json-rpc/v1";
        var settings = new Dictionary<string, string>
        {
            ["ConnectionStrings:trader"] = traderDatabase.ConnectionString,
            ["ConnectionStrings:messaging"] = virtualHost.BrokerUri.ToString(),
            ["Messaging:RetryLimit"] = "1",
            ["Scheduler:IdleWaitTime"] = "00:00:01",
            ["Betfair:BaseUrl"] = exchangeUrl,
            ["Betfair:AppKey"] = "simulator-app-key",
            ["Betfair:Username"] = "statistico",
            ["Betfair:Password"] = "simulator",
            ["Trader:Live:NotPlacedAfter"] = "00:00:03",
            ["Trader:Live:ResolveEvery"] = "00:00:01",
            ["Trader:Live:MonitorCron"] = "0/1 * * * * ?",
            ["Trader:Live:ReconcileCron"] = "0/2 * * * * ?",
            ["Trader:Live:ReconcileAfter"] = "00:00:01",
        };
        using var exchange = ExchangeClient(exchangeUrl);
        var market = await FirstMarketAsync(exchange.GetRequiredService<IBetfairClient>());
        var tradeId = Guid.NewGuid();

        // First life: the order stops at the fault point, and the process is killed there.
        await using (var first = TraderProcess.Start(new Dictionary<string, string>(settings) { ["Trader:Live:HangPlaceOrders"] = point.ToString() }))
        {
            await first.WaitHealthyAsync(Patience, Ct);
            await SignalAsync(traderDatabase.ConnectionString, virtualHost.BrokerUri, market, tradeId);
            await first.WaitForLineAsync(PlaceOrdersHangHandler.Marker, Patience, Ct);
            Assert.Equal(point == PlaceOrdersHang.AfterAnswer ? 1 : 0, await OrdersAtExchangeAsync(simulatorDatabase.ConnectionString, tradeId));
            await first.KillAsync();
        }

        await using var restarted = TraderProcess.Start(settings);
        await restarted.WaitHealthyAsync(Patience, Ct);
        TradeSeen? seen = null;
        await Eventually.UntilAsync(
            async () => (seen = await TradeAsync(traderDatabase.ConnectionString, tradeId)) is { State: "Rejected" or "Matched" or "Cancelled" or "Lapsed" },
            Patience, $"trade {tradeId} to end or match after the restart (is {seen?.State ?? "absent"})", Ct);
        return (seen!, await OrdersAtExchangeAsync(simulatorDatabase.ConnectionString, tradeId));
    }

    private static async Task<LiveMarket> FirstMarketAsync(IBetfairClient exchange)
    {
        var catalogue = await exchange.ListMarketCatalogueAsync(
            new ListMarketCatalogueRequest(new MarketFilter { MarketTypeCodes = ["MATCH_ODDS"] }, [MarketProjection.RunnerDescription, MarketProjection.MarketStartTime], MarketSort.FirstToStart), Ct);
        var market = catalogue[0];
        var runner = market.Runners![0].SelectionId;
        var book = await exchange.ListMarketBookAsync(new ListMarketBookRequest([market.MarketId], new PriceProjection([PriceData.ExBestOffers])), Ct);
        var best = book[0].Runners.Single(r => r.SelectionId == runner).Exchange!.AvailableToBack[0];
        return new LiveMarket(market.MarketId, runner, market.MarketStartTime!.Value, best.Price, best.Size);
    }

    /// <summary>What the signaller does for a LIVE back at the best price: the position, then TradeSignalled on the broker.</summary>
    private static async Task SignalAsync(string traderDatabase, Uri broker, LiveMarket market, Guid tradeId)
    {
        var now = DateTimeOffset.UtcNow;
        var fixtureId = Guid.NewGuid();
        await using (var db = Context(traderDatabase))
        {
            db.Positions.Add(new Position
            {
                TradeId = tradeId, StrategyId = LiveWorld.StrategyId, FixtureId = fixtureId, MarketType = "MATCH_ODDS", Selection = "HOME",
                Mode = StrategyMode.Live, Liability = 2m, OpenedAt = now,
            });
            await db.SaveChangesAsync(Ct);
        }

        await using var publisher = await EventProbe.BindAsync(broker, [], Ct);
        await publisher.PublishAsync(
            new TradeSignalled(tradeId, LiveWorld.StrategyId, fixtureId, "MATCH_ODDS", "HOME", Side.Back, market.BestBack, 2m, 0.5, now)
            {
                ExchangeMarketId = market.MarketId, RunnerId = market.SelectionId, Paper = false, Source = "betfair", CommissionRate = 0.05,
            },
            Guid.NewGuid(), Ct);
    }

    private static async Task<TradeSeen?> TradeAsync(string traderDatabase, Guid tradeId)
    {
        await using var db = Context(traderDatabase);
        var trade = await db.Trades.AsNoTracking().SingleOrDefaultAsync(t => t.CorrelationId == tradeId, Ct);
        var row = await db.LiveOrders.AsNoTracking().SingleOrDefaultAsync(o => o.TradeId == tradeId, Ct);
        return trade is null ? null : new TradeSeen(trade.CurrentState, trade.EndReason, trade.BetId, row?.Status);
    }

    private static async Task<long> OrdersAtExchangeAsync(string simulatorDatabase, Guid tradeId)
    {
        await using var connection = new NpgsqlConnection(simulatorDatabase);
        await connection.OpenAsync(Ct);
        await using var command = new NpgsqlCommand("SELECT count(*) FROM orders WHERE \"CustomerOrderRef\" = $1", connection);
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = TradeReferences.CustomerOrderRef(tradeId) });
        return (long)(await command.ExecuteScalarAsync(Ct))!;
    }

    private static TraderDbContext Context(string connectionString) =>
        new(new DbContextOptionsBuilder<TraderDbContext>().UseNpgsql(connectionString).Options);

    /// <summary>The test's own Betfair client on the Simulator's port, for reading markets as any API-NG client would.</summary>
    private static ServiceProvider ExchangeClient(string url)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Betfair:BaseUrl"] = url, ["Betfair:AppKey"] = "simulator-app-key", ["Betfair:Username"] = "statistico", ["Betfair:Password"] = "simulator",
        }).Build();
        var services = new ServiceCollection().AddLogging();
        services.AddBetfairClient(configuration);
        return services.BuildServiceProvider();
    }

    private sealed record TradeSeen(string State, string? EndReason, string? BetId, LiveOrderStatus? Ledger);
}
