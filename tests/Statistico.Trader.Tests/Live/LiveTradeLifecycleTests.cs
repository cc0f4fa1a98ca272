using Statistico.Testing;

namespace Statistico.Trader.Tests.Live;

/// <summary>
/// A LIVE trade's whole life on the real broker, Postgres and the Simulator's exchange: placed, matched, settled from
/// the exchange's cleared orders with the money the account really moved; and an unmatched order cancelled at its timeout.
/// </summary>
[Trait("Category", "Integration")]
public sealed class LiveTradeLifecycleTests(TestInfrastructure infrastructure)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(45);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_live_trade_is_placed_matched_and_settled_for_exactly_what_the_account_was_paid()
    {
        await using var world = await LiveWorld.StartAsync(infrastructure, null, Ct);
        var market = await world.MarketAsync(0, Ct);
        var balanceBefore = await world.BalanceAsync(Ct);

        // At the best back price the crowd's offer matches it at once.
        var tradeId = await world.SignalAsync(market, market.BestBack, 5m, Ct);
        var matched = await world.ReachesAsync(tradeId, Patience, Ct, "Matched");
        Assert.Equal(5m, matched.SizeMatched);
        Assert.NotNull(matched.BetId);

        // Full time: the exchange settles the market; the monitor finds the order cleared and the saga settles once.
        await world.AdvanceToAsync(market.KickOff + TimeSpan.FromMinutes(120), Ct);
        var settled = await world.ReachesAsync(tradeId, Patience, Ct, "Settled");
        var balanceAfter = await world.BalanceAsync(Ct);

        Assert.NotEqual(balanceBefore, balanceAfter);
        Assert.Equal(balanceAfter - balanceBefore, settled.NetProfit);
        Assert.Equal(settled.GrossProfit - settled.Commission, settled.NetProfit);
        Assert.True(settled.Commission == 0 || settled.GrossProfit > 0, "commission is charged on winnings only");
        Assert.Equal(1, await world.OrdersAtExchangeAsync(tradeId, Ct));
        // The strategy's bankroll is credited once, with that same net profit.
        await Eventually.UntilAsync(async () => (await world.PositionAsync(tradeId, Ct)).ClosedAt is not null, Patience, "the position closed", Ct);
        var position = await world.PositionAsync(tradeId, Ct);
        Assert.Equal("Settled", position.FinalState);
        Assert.Equal(settled.NetProfit, position.NetProfit);
    }

    [Fact]
    public async Task An_order_still_unmatched_at_its_timeout_is_cancelled_at_the_exchange_and_the_trade_ends_cancelled()
    {
        await using var world = await LiveWorld.StartAsync(infrastructure, new Dictionary<string, string?> { ["Trader:UnmatchedTimeout"] = "00:00:02" }, Ct);
        var market = await world.MarketAsync(0, Ct);

        // Nobody lays at 1000 and the world's clock is paused: the order rests unmatched.
        var tradeId = await world.SignalAsync(market, 1000m, 2m, Ct);
        await world.ReachesAsync(tradeId, Patience, Ct, "Placed");
        var cancelled = await world.ReachesAsync(tradeId, Patience, Ct, "Cancelled");

        Assert.Equal(0m, cancelled.SizeMatched);
        var current = await world.Exchange.ListCurrentOrdersAsync(new Betfair.Api.ListCurrentOrdersRequest { MarketIds = [market.MarketId] }, Ct);
        Assert.DoesNotContain(current.CurrentOrders, o => o.BetId == cancelled.BetId && o.Status == Betfair.Api.OrderStatus.Executable);
        var gone = await world.Exchange.ListClearedOrdersAsync(new Betfair.Api.ListClearedOrdersRequest(Betfair.Api.BetStatus.Cancelled) { MarketIds = [market.MarketId] }, Ct);
        Assert.Contains(gone.ClearedOrders, o => o.BetId == cancelled.BetId);
        Assert.Equal(1, await world.OrdersAtExchangeAsync(tradeId, Ct));
    }
}
