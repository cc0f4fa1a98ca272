extern alias simulator;

using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Statistico.Betfair;
using Statistico.Contracts.Trading;
using Statistico.Testing;
using Statistico.Trader.Live;
using FaultDice = simulator::Statistico.Simulator.Faults.FaultDice;

namespace Statistico.Trader.Tests.Live;

/// <summary>
/// Exactly one order per customer reference at the Simulator, whatever goes wrong around the one placeOrders call: the
/// answer lost after the exchange placed the order, the PlaceOrder delivered again or twice, the Trader gone after
/// committing its ledger row (before the call, or after it and before recording the answer).
/// </summary>
[Trait("Category", "Integration")]
public sealed class LiveOrderSafetyTests(TestInfrastructure infrastructure)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(45);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_order_whose_answer_is_dropped_is_found_by_its_reference_and_placed_once_not_rejected()
    {
        await using var world = await LiveWorld.StartAsync(infrastructure, null, Ct);
        var market = await world.MarketAsync(0, Ct);

        // The Simulator places the order, commits it, then aborts the connection instead of answering.
        await world.DropNextAnswersAsync(1, Ct);
        var tradeId = await world.SignalAsync(market, market.BestBack, 2m, Ct);
        var trade = await world.ReachesAsync(tradeId, Patience, Ct, "Placed", "PartiallyMatched", "Matched", "Rejected");

        Assert.False(world.Simulator.Services.GetRequiredService<FaultDice>().TakeDrop(), "the armed drop was used by the placement");
        Assert.NotEqual("Rejected", trade.CurrentState);
        Assert.Equal(1, await world.OrdersAtExchangeAsync(tradeId, Ct));
        var row = await world.LedgerRowAsync(tradeId, Ct);
        Assert.Equal(LiveOrderStatus.Placed, row!.Status);
        Assert.Equal(trade.BetId, row.BetId);
    }

    [Fact]
    public async Task A_PlaceOrder_redelivered_or_duplicated_after_its_ledger_row_exists_places_nothing_more()
    {
        await using var world = await LiveWorld.StartAsync(infrastructure, null, Ct);
        var market = await world.MarketAsync(0, Ct);
        var tradeId = await world.SignalAsync(market, market.BestBack, 2m, Ct);
        var matched = await world.ReachesAsync(tradeId, Patience, Ct, "Matched");

        // The same command again: once as a redelivery (same message id, twice) and once as a duplicate (a new id).
        var order = new PlaceOrder(tradeId, TradeReferences.CustomerOrderRef(tradeId), market.MarketId, "HOME", Side.Back, market.BestBack, 2m) { RunnerId = market.SelectionId };
        var redelivered = NewId.NextGuid();
        var duplicate = NewId.NextGuid();
        await world.SendPlaceOrderAsync(order, redelivered, Ct);
        await world.SendPlaceOrderAsync(order, redelivered, Ct);
        await world.SendPlaceOrderAsync(order, duplicate, Ct);
        await InboxEvidence.ConsumedAsync(world.TraderDatabase.ConnectionString, redelivered, 2, Patience, Ct);
        await InboxEvidence.ConsumedAsync(world.TraderDatabase.ConnectionString, duplicate, 1, Patience, Ct);
        await InboxEvidence.OutboxDrainedAsync(world.TraderDatabase.ConnectionString, Patience, Ct);

        // The crowd still offers size at that price: a second order would have matched and shown here.
        Assert.Equal(1, await world.OrdersAtExchangeAsync(tradeId, Ct));
        var after = await world.TradeAsync(tradeId, Ct);
        Assert.Equal("Matched", after!.CurrentState);
        Assert.Equal(matched.SizeMatched, after.SizeMatched);
    }

    [Fact]
    public async Task A_Trader_gone_after_its_call_and_before_recording_the_answer_finds_the_order_and_never_places_again()
    {
        await using var world = await LiveWorld.StartAsync(infrastructure, null, Ct);
        var market = await world.MarketAsync(0, Ct);
        var tradeId = NewId.NextGuid();

        // What a killed Trader leaves: its ledger row committed, its call made, the answer never recorded.
        await world.OpenLedgerRowAsync(market, tradeId, market.BestBack, 2m, Ct);
        var placed = Assert.IsType<OrdersPlaced>(await world.PlaceDirectlyAsync(market, tradeId, market.BestBack, 2m, Ct));
        await world.SignalAsync(market, market.BestBack, 2m, Ct, tradeId);

        var trade = await world.ReachesAsync(tradeId, Patience, Ct, "Placed", "PartiallyMatched", "Matched", "Rejected");
        Assert.Equal("Matched", trade.CurrentState);
        Assert.Equal(placed.Orders[0].BetId, trade.BetId);
        Assert.Equal(1, await world.OrdersAtExchangeAsync(tradeId, Ct));
    }

    [Fact]
    public async Task A_Trader_gone_between_its_ledger_commit_and_the_call_ends_the_trade_rejected_NOT_PLACED_after_the_window_with_no_order()
    {
        await using var world = await LiveWorld.StartAsync(infrastructure, null, Ct);
        var market = await world.MarketAsync(0, Ct);
        var tradeId = NewId.NextGuid();

        // The ledger row committed, the call never made: nobody may place it now, and nobody can know it was not placed
        // until the visibility window (3 s here) has passed without the order appearing.
        await world.OpenLedgerRowAsync(market, tradeId, market.BestBack, 2m, Ct);
        await world.SignalAsync(market, market.BestBack, 2m, Ct, tradeId);

        var trade = await world.ReachesAsync(tradeId, Patience, Ct, "Placed", "PartiallyMatched", "Matched", "Rejected");
        Assert.Equal("Rejected", trade.CurrentState);
        Assert.Equal(LiveOrderResolver.NotPlacedCode, trade.EndReason);
        var row = await world.LedgerRowAsync(tradeId, Ct);
        Assert.Equal(LiveOrderStatus.NotPlaced, row!.Status);
        Assert.True(row.ConcludedAt - row.InDoubtSince >= TimeSpan.FromSeconds(3), $"concluded {row.ConcludedAt - row.InDoubtSince} after the doubt began");
        Assert.Equal(0, await world.OrdersAtExchangeAsync(tradeId, Ct));

        // A stale copy of the command arriving now still places nothing.
        var late = NewId.NextGuid();
        await world.SendPlaceOrderAsync(new PlaceOrder(tradeId, TradeReferences.CustomerOrderRef(tradeId), market.MarketId, "HOME", Side.Back, market.BestBack, 2m) { RunnerId = market.SelectionId }, late, Ct);
        await InboxEvidence.ConsumedAsync(world.TraderDatabase.ConnectionString, late, 1, Patience, Ct);
        Assert.Equal(0, await world.OrdersAtExchangeAsync(tradeId, Ct));
    }
}
