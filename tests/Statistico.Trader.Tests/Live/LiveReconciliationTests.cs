using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Statistico.Betfair;
using Statistico.Contracts.Trading;
using Statistico.Trader.Data;
using Statistico.Trader.Live;
using Statistico.Trader.Strategies;
using Statistico.Trader.Trading;

namespace Statistico.Trader.Tests.Live;

/// <summary>Reconciliation compares trades still waiting in Signalled with the exchange by customer reference and repairs them.</summary>
[Trait("Category", "Integration")]
public sealed class LiveReconciliationTests(Testing.TestInfrastructure infrastructure)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(45);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_trade_stuck_in_Signalled_whose_order_the_exchange_has_is_moved_to_its_order_by_reconciliation()
    {
        await using var world = await LiveWorld.StartAsync(infrastructure, null, Ct);
        var market = await world.MarketAsync(0, Ct);
        var tradeId = NewId.NextGuid();

        // The saga row in Signalled and the order at the exchange, but no PlaceOrder and no ledger row: only the
        // reconciler can connect them.
        var placed = Assert.IsType<OrdersPlaced>(await world.PlaceDirectlyAsync(market, tradeId, market.BestBack, 2m, Ct));
        await StoreSignalledTradeAsync(world, market, tradeId, market.BestBack, 2m);

        var trade = await world.ReachesAsync(tradeId, Patience, Ct, "Placed", "PartiallyMatched", "Matched", "Rejected");
        Assert.Equal("Matched", trade.CurrentState);
        Assert.Equal(placed.Orders[0].BetId, trade.BetId);
        Assert.Equal(2m, trade.SizeMatched);
        Assert.Contains(trade.Timeline, step => step.From == "Signalled" && step.Cause == "OrderPlaced");
        Assert.Equal(LiveOrderStatus.Placed, (await world.LedgerRowAsync(tradeId, Ct))!.Status);
        Assert.Equal(1, await world.OrdersAtExchangeAsync(tradeId, Ct));
    }

    private static async Task StoreSignalledTradeAsync(LiveWorld world, LiveMarket market, Guid tradeId, decimal price, decimal stake)
    {
        await using var scope = world.Trader.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TraderDbContext>();
        db.Trades.Add(new TradeState
        {
            CorrelationId = tradeId, CurrentState = "Signalled", StrategyId = LiveWorld.StrategyId, StrategyVersion = 1, Mode = StrategyMode.Live,
            FixtureId = NewId.NextGuid(), MarketType = "MATCH_ODDS", Selection = "HOME", Side = Side.Back, Price = price, Stake = stake,
            ModelProbability = 0.5, Source = "betfair", ExchangeMarketId = market.MarketId, RunnerId = market.SelectionId,
            CustomerOrderRef = TradeReferences.CustomerOrderRef(tradeId), SignalledAt = DateTimeOffset.UtcNow.AddSeconds(-10),
            Timeline = [new TradeStep(null, "Signalled", "TradeSignalled", DateTimeOffset.UtcNow.AddSeconds(-10))],
        });
        await db.SaveChangesAsync(Ct);
    }
}
