using Statistico.Contracts.FootballData;
using Statistico.Contracts.Trading;
using Statistico.Trader.Live;
using Statistico.Trader.Tests.Support;
using Statistico.Trader.Trading;

namespace Statistico.Trader.Tests.Trading;

/// <summary>LIVE trades settle and void only on the exchange's word, once.</summary>
[Trait("Category", "Unit")]
public sealed class TradeLiveSettlementSpecs
{
    private static readonly DateTimeOffset At = new(2026, 12, 5, 17, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task A_live_trade_settles_on_the_exchanges_figures_once_whatever_arrives_again()
    {
        await using var saga = await TradeSagaHarness.StartAsync();
        var trade = new TradeMessages(paper: false);
        await saga.DeliverAsync(trade.Signalled());
        await saga.DeliverAsync(trade.Placed(matched: 10m));
        var settled = new OrderSettled(trade.TradeId, trade.BetId, TradeOutcome.Won, 10m, 2.5m, 15m, 0.75m, At);

        await saga.DeliverAsync(settled);
        await saga.DeliverAsync(settled);
        await saga.DeliverAsync(new OrderVoided(trade.TradeId, trade.BetId, At));

        var state = saga.InState(trade.TradeId, m => m.Settled);
        Assert.Equal((15m, 0.75m, 14.25m), (state.GrossProfit!.Value, state.Commission!.Value, state.NetProfit!.Value));
        Assert.Equal(1, saga.Published<TradeSettled>(m => m.TradeId == trade.TradeId && m.NetProfit == 14.25m));
        Assert.Equal(1, saga.Published<TradeClosed>(m => m.TradeId == trade.TradeId));
    }

    [Fact]
    public async Task The_exchanges_settled_size_overrides_a_match_no_poll_reported()
    {
        await using var saga = await TradeSagaHarness.StartAsync();
        var trade = new TradeMessages(paper: false);
        await saga.DeliverAsync(trade.Signalled());
        await saga.DeliverAsync(trade.Placed(matched: 4m));

        await saga.DeliverAsync(new OrderSettled(trade.TradeId, trade.BetId, TradeOutcome.Lost, 6m, 2.5m, -6m, 0m, At));

        var state = saga.InState(trade.TradeId, m => m.Settled);
        Assert.Equal((6m, -6m), (state.SizeMatched, state.NetProfit!.Value));
    }

    [Fact]
    public async Task An_abandoned_fixture_does_not_void_a_live_trade_the_exchange_then_voids_it()
    {
        await using var saga = await TradeSagaHarness.StartAsync();
        var trade = new TradeMessages(paper: false);
        await saga.DeliverAsync(trade.Signalled());
        await saga.DeliverAsync(trade.Placed(matched: 10m));

        await saga.DeliverAsync(trade.Updated(FixtureStatus.Abandoned));
        saga.InState(trade.TradeId, m => m.Matched);

        await saga.DeliverAsync(new OrderVoided(trade.TradeId, trade.BetId, At));
        var state = saga.InState(trade.TradeId, m => m.Voided);
        Assert.Equal("voided by the exchange", state.EndReason);
        Assert.Equal(1, saga.Published<TradeClosed>(m => m.TradeId == trade.TradeId && m.NetProfit == 0));
    }
}
