using Statistico.Contracts.Trading;
using Statistico.Trader.Tests.Support;
using Statistico.Trader.Trading;

namespace Statistico.Trader.Tests.Trading;

/// <summary>The unmatched timeout and the exchange ending an order: cancelled, lapsed, or kept when partly matched.</summary>
[Trait("Category", "Unit")]
public sealed class TradeTimeoutSpecs
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMilliseconds(300);

    [Fact]
    public async Task An_order_still_unmatched_at_the_timeout_is_cancelled_and_the_trade_ends_cancelled()
    {
        await using var saga = await TradeSagaHarness.StartAsync(Timeout);
        var trade = new TradeMessages();
        await saga.DeliverAsync(trade.Signalled());
        await saga.DeliverAsync(trade.Placed());

        await saga.SentAsync<CancelOrder>(m => m.TradeId == trade.TradeId);
        var cancel = saga.Record.Sent<CancelOrder>().Single(m => m.Message.TradeId == trade.TradeId).Message;
        Assert.Equal(("1.234", trade.BetId, "timeout"), (cancel.ExchangeMarketId, cancel.BetId, cancel.Reason));
        Assert.True(saga.Trade(trade.TradeId).CancelRequested);

        await saga.DeliverAsync(trade.Cancelled(10m));

        var state = saga.InState(trade.TradeId, m => m.Cancelled);
        Assert.Equal("unmatched, cancelled", state.EndReason);
        Assert.Equal(1, saga.Published<TradeClosed>(m => m.TradeId == trade.TradeId && m.FinalState == "Cancelled" && m.NetProfit == 0));
    }

    [Fact]
    public async Task A_partly_matched_order_cancelled_at_the_timeout_keeps_its_matched_part()
    {
        await using var saga = await TradeSagaHarness.StartAsync(Timeout);
        var trade = new TradeMessages();
        await saga.DeliverAsync(trade.Signalled());
        await saga.DeliverAsync(trade.Placed(matched: 4m));
        saga.InState(trade.TradeId, m => m.PartiallyMatched);

        await saga.SentAsync<CancelOrder>(m => m.TradeId == trade.TradeId);
        await saga.DeliverAsync(trade.Cancelled(6m));

        var state = saga.InState(trade.TradeId, m => m.Matched);
        Assert.Equal(4m, state.SizeMatched);
        Assert.Equal(0, saga.Published<TradeClosed>(m => m.TradeId == trade.TradeId));
    }

    [Fact]
    public async Task A_timeout_that_fires_after_the_order_matched_in_full_cancels_nothing()
    {
        await using var saga = await TradeSagaHarness.StartAsync();
        var trade = new TradeMessages();
        await saga.DeliverAsync(trade.Signalled());
        await saga.DeliverAsync(trade.Placed(matched: 10m));

        await saga.DeliverAsync(new UnmatchedTimeoutExpired(trade.TradeId));

        saga.InState(trade.TradeId, m => m.Matched);
        Assert.Equal(0, saga.Sent<CancelOrder>(m => m.TradeId == trade.TradeId));
    }

    [Fact]
    public async Task The_exchange_lapsing_an_unmatched_order_ends_the_trade_lapsed()
    {
        await using var saga = await TradeSagaHarness.StartAsync();
        var trade = new TradeMessages();
        await saga.DeliverAsync(trade.Signalled());
        await saga.DeliverAsync(trade.Placed());

        await saga.DeliverAsync(trade.Lapsed(10m));

        var state = saga.InState(trade.TradeId, m => m.Lapsed);
        Assert.Null(state.UnmatchedTimeoutTokenId);
        Assert.Equal(1, saga.Published<TradeClosed>(m => m.TradeId == trade.TradeId && m.FinalState == "Lapsed"));
    }

    [Fact]
    public async Task A_lapse_of_the_remainder_keeps_the_matched_part()
    {
        await using var saga = await TradeSagaHarness.StartAsync();
        var trade = new TradeMessages();
        await saga.DeliverAsync(trade.Signalled());
        await saga.DeliverAsync(trade.Placed(matched: 2m));

        await saga.DeliverAsync(trade.Lapsed(8m));

        Assert.Equal(2m, saga.InState(trade.TradeId, m => m.Matched).SizeMatched);
    }

    [Fact]
    public async Task A_cancel_confirmation_repeated_after_the_trade_ended_changes_nothing()
    {
        await using var saga = await TradeSagaHarness.StartAsync();
        var trade = new TradeMessages();
        await saga.DeliverAsync(trade.Signalled());
        await saga.DeliverAsync(trade.Placed());
        await saga.DeliverAsync(trade.Cancelled(10m));

        await saga.DeliverAsync(trade.Cancelled(10m));
        await saga.DeliverAsync(trade.Lapsed(10m));
        await saga.DeliverAsync(trade.Matched(10m, 2.5m));

        var state = saga.InState(trade.TradeId, m => m.Cancelled);
        Assert.Equal(0m, state.SizeMatched);
        Assert.Equal(1, saga.Published<TradeClosed>(m => m.TradeId == trade.TradeId));
    }
}
