using Statistico.Betfair.Api;
using Statistico.Betfair.Streaming;
using Statistico.Contracts.Trading;
using Statistico.Trader.Live;
using Statistico.Trader.Trading;

namespace Statistico.Trader.Tests.Live;

/// <summary>
/// One rule set for both ways the exchange reports an order (ADR 0616): a listCurrentOrders row and the same order on
/// the order stream lead to the same events, whatever the trade has already recorded.
/// </summary>
[Trait("Category", "Unit")]
public sealed class ExchangeOrderViewTests
{
    private static readonly DateTimeOffset Now = new(2030, 8, 3, 11, 0, 0, TimeSpan.Zero);

    public static TheoryData<string, decimal, decimal, decimal, decimal, string, decimal> Cases => new()
    {
        // trade state, trade matched, order matched, remaining, lapsed/cancelled, stream status, cancelled
        { "Placed", 0m, 2m, 3m, 0m, "E", 0m },
        { "PartiallyMatched", 2m, 5m, 0m, 0m, "EC", 0m },
        { "Placed", 0m, 0m, 0m, 5m, "EC", 0m },
        { "Placed", 0m, 0m, 0m, 0m, "EC", 5m },
        { "PartiallyMatched", 2m, 2m, 0m, 0m, "EC", 3m },
        { "PartiallyMatched", 2m, 4m, 0m, 0m, "EC", 1m },
        { "Placed", 0m, 0m, 5m, 0m, "E", 0m },
        { "Matched", 5m, 5m, 0m, 0m, "EC", 0m },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_polled_order_and_the_same_order_streamed_lead_to_the_same_events(
        string state, decimal tradeMatched, decimal matched, decimal remaining, decimal lapsed, string status, decimal cancelled)
    {
        var trade = new TradeState { CorrelationId = Guid.NewGuid(), CurrentState = state, SizeMatched = tradeMatched, Price = 3m };
        var polled = new CurrentOrderSummary
        {
            BetId = "1", MarketId = "1.1", PriceSize = new PriceSize(3m, 5m), Status = status == "EC" ? OrderStatus.ExecutionComplete : OrderStatus.Executable,
            SizeMatched = matched, SizeRemaining = remaining, SizeLapsed = lapsed, SizeCancelled = cancelled, AveragePriceMatched = matched > 0 ? 3.05m : null,
        };
        var streamed = new StreamOrder
        {
            Id = "1", P = 3m, S = 5m, Side = "B", Status = status, Pt = "L", Sm = matched, Sr = remaining, Sl = lapsed, Sc = cancelled, Avp = matched > 0 ? 3.05m : null,
        };

        var fromPoll = ExchangeOrderEvents.For(trade, ExchangeOrderView.From(polled), Now);
        var fromStream = ExchangeOrderEvents.For(trade, ExchangeOrderView.From(streamed), Now);

        Assert.Equal(fromPoll, fromStream);
    }

    [Fact]
    public void A_streamed_cancel_is_said_only_once_the_trade_has_every_matched_penny()
    {
        var order = ExchangeOrderView.From(new StreamOrder { Id = "7", P = 3m, S = 5m, Side = "B", Status = "EC", Pt = "L", Sm = 2m, Sr = 0m, Sc = 3m, Avp = 3m });
        var behind = new TradeState { CorrelationId = Guid.NewGuid(), CurrentState = "Placed", SizeMatched = 0m, Price = 3m };
        var caughtUp = new TradeState { CorrelationId = behind.CorrelationId, CurrentState = "PartiallyMatched", SizeMatched = 2m, Price = 3m };

        Assert.IsType<OrderMatched>(Assert.Single(ExchangeOrderEvents.For(behind, order, Now)));
        var cancel = Assert.IsType<OrderCancelled>(Assert.Single(ExchangeOrderEvents.For(caughtUp, order, Now)));
        Assert.Equal(("7", 3m), (cancel.BetId, cancel.SizeCancelled));
    }
}
