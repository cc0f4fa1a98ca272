using Statistico.Contracts.FootballData;
using Statistico.Contracts.Trading;
using Statistico.Trader.Tests.Support;
using Statistico.Trader.Trading;

namespace Statistico.Trader.Tests.Trading;

/// <summary>Paper settlement from the result, exactly once; voids; live trades left to the exchange's settlement.</summary>
[Trait("Category", "Unit")]
public sealed class TradeSettlementSpecs
{
    [Fact]
    public async Task A_matched_paper_back_settles_from_the_result_with_hand_computed_money()
    {
        await using var saga = await TradeSagaHarness.StartAsync();
        var trade = new TradeMessages();
        await saga.DeliverAsync(trade.Signalled());
        await saga.DeliverAsync(trade.Placed(matched: 10m, averagePrice: 2.52m));

        await saga.DeliverAsync(trade.Result(2, 1));

        // 10 × 1.52 = 15.20 won; 5% commission 0.76; net 14.44.
        var state = saga.InState(trade.TradeId, m => m.Settled);
        Assert.Equal((TradeOutcome.Won, 15.20m, 0.76m, 14.44m), (state.Outcome!.Value, state.GrossProfit!.Value, state.Commission!.Value, state.NetProfit!.Value));
        Assert.Equal(1, saga.Published<TradeSettled>(m => m.TradeId == trade.TradeId && m.NetProfit == 14.44m && m.StrategyId == "strategy-a"));
        Assert.Equal(1, saga.Published<TradeClosed>(m => m.TradeId == trade.TradeId && m.FinalState == "Settled" && m.NetProfit == 14.44m));
    }

    [Fact]
    public async Task A_result_delivered_twice_or_corrected_settles_once()
    {
        await using var saga = await TradeSagaHarness.StartAsync();
        var trade = new TradeMessages();
        await saga.DeliverAsync(trade.Signalled());
        await saga.DeliverAsync(trade.Placed(matched: 10m));
        await saga.DeliverAsync(trade.Result(0, 1));

        await saga.DeliverAsync(trade.Result(0, 1));
        await saga.DeliverAsync(trade.Result(3, 0) with { IsCorrection = true, Revision = 9 });

        var state = saga.InState(trade.TradeId, m => m.Settled);
        Assert.Equal((TradeOutcome.Lost, -10m), (state.Outcome!.Value, state.NetProfit!.Value));
        Assert.Equal(1, saga.Published<TradeSettled>(m => m.TradeId == trade.TradeId));
        Assert.Equal(1, saga.Published<TradeClosed>(m => m.TradeId == trade.TradeId));
    }

    [Fact]
    public async Task A_match_reported_after_settlement_changes_nothing()
    {
        await using var saga = await TradeSagaHarness.StartAsync();
        var trade = new TradeMessages();
        await saga.DeliverAsync(trade.Signalled());
        await saga.DeliverAsync(trade.Placed(matched: 4m));
        await saga.DeliverAsync(trade.Result(1, 0));

        await saga.DeliverAsync(trade.Matched(10m, 2.5m));

        // Settled on the 4 matched: 4 × 1.5 = 6.00, commission 0.30, net 5.70.
        var state = saga.InState(trade.TradeId, m => m.Settled);
        Assert.Equal((4m, 5.70m), (state.SizeMatched, state.NetProfit!.Value));
    }

    [Fact]
    public async Task A_paper_order_still_wholly_unmatched_at_the_result_lapses()
    {
        await using var saga = await TradeSagaHarness.StartAsync();
        var trade = new TradeMessages();
        await saga.DeliverAsync(trade.Signalled());
        await saga.DeliverAsync(trade.Placed());

        await saga.DeliverAsync(trade.Result(1, 1));

        var state = saga.InState(trade.TradeId, m => m.Lapsed);
        Assert.Equal("unmatched at full time", state.EndReason);
        Assert.Equal(0, saga.Published<TradeSettled>(m => m.TradeId == trade.TradeId));
    }

    [Fact]
    public async Task A_paper_lay_settles_on_its_matched_part()
    {
        await using var saga = await TradeSagaHarness.StartAsync();
        var trade = new TradeMessages(side: Side.Lay, price: 3m);
        await saga.DeliverAsync(trade.Signalled());
        await saga.DeliverAsync(trade.Placed(matched: 6m, averagePrice: 3m));

        await saga.DeliverAsync(trade.Result(0, 0));

        // The home side did not win: the layer keeps the backer's 6.00, commission 0.30, net 5.70.
        var state = saga.InState(trade.TradeId, m => m.Settled);
        Assert.Equal((TradeOutcome.Won, 6m, 0.30m, 5.70m), (state.Outcome!.Value, state.GrossProfit!.Value, state.Commission!.Value, state.NetProfit!.Value));
    }

    [Fact]
    public async Task A_live_trade_is_not_settled_from_the_result()
    {
        await using var saga = await TradeSagaHarness.StartAsync();
        var trade = new TradeMessages(paper: false);
        await saga.DeliverAsync(trade.Signalled());
        await saga.DeliverAsync(trade.Placed(matched: 10m));

        await saga.DeliverAsync(trade.Result(2, 0));

        saga.InState(trade.TradeId, m => m.Matched);
        Assert.Equal(0, saga.Published<TradeSettled>(m => m.TradeId == trade.TradeId));
    }

    [Fact]
    public async Task One_result_settles_every_trade_on_its_fixture_and_no_other()
    {
        await using var saga = await TradeSagaHarness.StartAsync();
        var first = new TradeMessages();
        var second = new TradeMessages(first.FixtureId);
        var elsewhere = new TradeMessages();
        foreach (var trade in new[] { first, second, elsewhere })
        {
            await saga.DeliverAsync(trade.Signalled());
            await saga.DeliverAsync(trade.Placed(matched: 10m));
        }

        await saga.DeliverAsync(first.Result(2, 0));

        saga.InState(first.TradeId, m => m.Settled);
        saga.InState(second.TradeId, m => m.Settled);
        saga.InState(elsewhere.TradeId, m => m.Matched);
    }

    [Fact]
    public async Task A_result_for_a_fixture_nobody_traded_is_discarded_without_a_fault()
    {
        await using var saga = await TradeSagaHarness.StartAsync();
        var untraded = new TradeMessages();

        await saga.DeliverAsync(untraded.Result(1, 0));

        Assert.Equal(0, saga.Published<MassTransit.Fault<FixtureResulted>>(_ => true));
        Assert.Null(saga.Saga.Sagas.Contains(untraded.TradeId));
    }

    [Theory]
    [InlineData(FixtureStatus.Postponed)]
    [InlineData(FixtureStatus.Abandoned)]
    public async Task A_postponed_or_abandoned_fixture_voids_its_open_trades(FixtureStatus status)
    {
        await using var saga = await TradeSagaHarness.StartAsync();
        var signalled = new TradeMessages();
        var placed = new TradeMessages(signalled.FixtureId);
        var matched = new TradeMessages(signalled.FixtureId);
        await saga.DeliverAsync(signalled.Signalled());
        await saga.DeliverAsync(placed.Signalled());
        await saga.DeliverAsync(placed.Placed());
        await saga.DeliverAsync(matched.Signalled());
        await saga.DeliverAsync(matched.Placed(matched: 10m));

        await saga.DeliverAsync(signalled.Updated(status));

        foreach (var trade in new[] { signalled, placed, matched })
        {
            var state = saga.InState(trade.TradeId, m => m.Voided);
            Assert.Equal($"FIXTURE {status}".ToUpperInvariant(), state.EndReason);
        }

        Assert.Null(saga.Trade(placed.TradeId).UnmatchedTimeoutTokenId);
    }

    [Fact]
    public async Task A_fixture_going_live_or_moving_kick_off_does_not_void()
    {
        await using var saga = await TradeSagaHarness.StartAsync();
        var trade = new TradeMessages();
        await saga.DeliverAsync(trade.Signalled());
        await saga.DeliverAsync(trade.Placed(matched: 10m));

        await saga.DeliverAsync(trade.Updated(FixtureStatus.Live));
        await saga.DeliverAsync(trade.Updated(FixtureStatus.Scheduled));

        saga.InState(trade.TradeId, m => m.Matched);
    }

    [Fact]
    public async Task A_settled_trade_is_not_voided_by_a_later_abandonment()
    {
        await using var saga = await TradeSagaHarness.StartAsync();
        var trade = new TradeMessages();
        await saga.DeliverAsync(trade.Signalled());
        await saga.DeliverAsync(trade.Placed(matched: 10m));
        await saga.DeliverAsync(trade.Result(2, 0));

        await saga.DeliverAsync(trade.Updated(FixtureStatus.Abandoned));

        saga.InState(trade.TradeId, m => m.Settled);
        Assert.Equal(1, saga.Published<TradeClosed>(m => m.TradeId == trade.TradeId));
    }
}
