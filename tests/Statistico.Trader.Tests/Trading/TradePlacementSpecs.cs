using Statistico.Betfair;
using Statistico.Contracts.Trading;
using Statistico.Trader.Tests.Support;
using Statistico.Trader.Trading;

namespace Statistico.Trader.Tests.Trading;

/// <summary>Signalled → placed → (partially) matched, rejected; duplicates and events out of order (in-memory harness).</summary>
[Trait("Category", "Unit")]
public sealed class TradePlacementSpecs
{
    [Fact]
    public async Task A_signal_starts_a_trade_and_sends_one_order_whose_reference_comes_from_the_trade_id()
    {
        await using var saga = await TradeSagaHarness.StartAsync();
        var trade = new TradeMessages();

        await saga.DeliverAsync(trade.Signalled());

        var state = saga.InState(trade.TradeId, m => m.Signalled);
        Assert.Equal(3, state.StrategyVersion);
        Assert.Equal(TradeReferences.CustomerOrderRef(trade.TradeId), state.CustomerOrderRef);
        await saga.SentAsync<PlaceOrder>(m => m.TradeId == trade.TradeId);
        var order = saga.Record.Sent<PlaceOrder>().Single(m => m.Message.TradeId == trade.TradeId);
        Assert.EndsWith("/trader-paper-exchange", order.Destination!.AbsolutePath, StringComparison.Ordinal);
        Assert.Equal((state.CustomerOrderRef, "1.234", 2.5m, 10m, 47972L), (order.Message.CustomerReference, order.Message.ExchangeMarketId, order.Message.Price, order.Message.Size, order.Message.RunnerId!.Value));
    }

    [Fact]
    public async Task A_live_trade_sends_its_order_to_the_live_exchange()
    {
        await using var saga = await TradeSagaHarness.StartAsync();
        var trade = new TradeMessages(paper: false);

        await saga.DeliverAsync(trade.Signalled());

        await saga.SentAsync<PlaceOrder>(m => m.TradeId == trade.TradeId);
        var order = saga.Record.Sent<PlaceOrder>().Single(m => m.Message.TradeId == trade.TradeId);
        Assert.EndsWith("/trader-live-exchange", order.Destination!.AbsolutePath, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_repeated_signal_sends_no_second_order()
    {
        await using var saga = await TradeSagaHarness.StartAsync();
        var trade = new TradeMessages();

        await saga.DeliverAsync(trade.Signalled());
        await saga.DeliverAsync(trade.Signalled());

        Assert.Equal(1, saga.Sent<PlaceOrder>(m => m.TradeId == trade.TradeId));
        Assert.Single(saga.Trade(trade.TradeId).Timeline);
    }

    [Fact]
    public async Task An_order_matched_in_full_on_placement_is_matched_with_no_timeout_pending()
    {
        await using var saga = await TradeSagaHarness.StartAsync();
        var trade = new TradeMessages();
        await saga.DeliverAsync(trade.Signalled());

        await saga.DeliverAsync(trade.Placed(matched: 10m, averagePrice: 2.52m));

        var state = saga.InState(trade.TradeId, m => m.Matched);
        Assert.Equal((10m, 2.52m, trade.BetId), (state.SizeMatched, state.AveragePriceMatched!.Value, state.BetId));
        Assert.Null(state.UnmatchedTimeoutTokenId);
    }

    [Fact]
    public async Task Cumulative_matches_accumulate_to_matched_and_clear_the_timeout()
    {
        await using var saga = await TradeSagaHarness.StartAsync();
        var trade = new TradeMessages();
        await saga.DeliverAsync(trade.Signalled());

        await saga.DeliverAsync(trade.Placed());
        var placed = saga.InState(trade.TradeId, m => m.Placed);
        Assert.NotNull(placed.UnmatchedTimeoutTokenId);

        await saga.DeliverAsync(trade.Matched(4m, 2.5m));
        Assert.Equal(4m, saga.InState(trade.TradeId, m => m.PartiallyMatched).SizeMatched);

        await saga.DeliverAsync(trade.Matched(10m, 2.51m));
        var matched = saga.InState(trade.TradeId, m => m.Matched);
        Assert.Equal((10m, 2.51m), (matched.SizeMatched, matched.AveragePriceMatched!.Value));
        Assert.Null(matched.UnmatchedTimeoutTokenId);
    }

    [Fact]
    public async Task An_older_match_report_arriving_late_changes_nothing()
    {
        await using var saga = await TradeSagaHarness.StartAsync();
        var trade = new TradeMessages();
        await saga.DeliverAsync(trade.Signalled());
        await saga.DeliverAsync(trade.Placed());
        await saga.DeliverAsync(trade.Matched(6m, 2.54m));

        await saga.DeliverAsync(trade.Matched(4m, 2.5m));
        await saga.DeliverAsync(trade.Matched(6m, 2.54m));

        var state = saga.InState(trade.TradeId, m => m.PartiallyMatched);
        Assert.Equal((6m, 2.54m), (state.SizeMatched, state.AveragePriceMatched!.Value));
        Assert.Equal(["Signalled", "Placed", "PartiallyMatched"], state.Timeline.Select(s => s.To));
    }

    [Fact]
    public async Task A_match_that_overtakes_the_placement_report_moves_the_trade_on_and_the_late_report_is_ignored()
    {
        await using var saga = await TradeSagaHarness.StartAsync();
        var trade = new TradeMessages();
        await saga.DeliverAsync(trade.Signalled());

        await saga.DeliverAsync(trade.Matched(10m, 2.5m));
        await saga.DeliverAsync(trade.Placed(matched: 3m));

        var state = saga.InState(trade.TradeId, m => m.Matched);
        Assert.Equal(10m, state.SizeMatched);
    }

    [Fact]
    public async Task A_refused_order_ends_the_trade_rejected_with_the_exchanges_code_and_a_late_placement_is_ignored()
    {
        await using var saga = await TradeSagaHarness.StartAsync();
        var trade = new TradeMessages();
        await saga.DeliverAsync(trade.Signalled());

        await saga.DeliverAsync(trade.Rejected("INSUFFICIENT_FUNDS"));
        await saga.DeliverAsync(trade.Placed(matched: 10m));

        var state = saga.InState(trade.TradeId, m => m.Rejected);
        Assert.Equal(("INSUFFICIENT_FUNDS", 0m), (state.EndReason, state.SizeMatched));
        Assert.Equal("INSUFFICIENT_FUNDS", state.Timeline[^1].Detail);
        Assert.Equal(1, saga.Published<TradeClosed>(m => m.TradeId == trade.TradeId && m.FinalState == "Rejected"));
    }

    [Fact]
    public async Task A_rejection_after_the_order_was_placed_is_ignored()
    {
        await using var saga = await TradeSagaHarness.StartAsync();
        var trade = new TradeMessages();
        await saga.DeliverAsync(trade.Signalled());
        await saga.DeliverAsync(trade.Placed());

        await saga.DeliverAsync(trade.Rejected());

        saga.InState(trade.TradeId, m => m.Placed);
        Assert.Equal(0, saga.Published<TradeClosed>(m => m.TradeId == trade.TradeId));
    }

    [Fact]
    public async Task The_timeline_records_each_transition_with_its_cause_in_order()
    {
        await using var saga = await TradeSagaHarness.StartAsync();
        var trade = new TradeMessages();
        await saga.DeliverAsync(trade.Signalled());
        await saga.DeliverAsync(trade.Placed());
        await saga.DeliverAsync(trade.Matched(10m, 2.5m));
        await saga.DeliverAsync(trade.Result(2, 0));

        var state = saga.InState(trade.TradeId, m => m.Settled);
        Assert.Equal(
            [(null, "Signalled", "TradeSignalled"), ("Signalled", "Placed", "OrderPlaced"), ("Placed", "Matched", "OrderMatched"), ("Matched", "Settled", "FixtureResulted")],
            state.Timeline.Select(s => (s.From, s.To, s.Cause)));
        Assert.True(state.Timeline.Zip(state.Timeline.Skip(1)).All(p => p.First.At <= p.Second.At));
    }
}
