using System.Globalization;
using Statistico.Betfair.Api;
using Statistico.Simulator.Data;
using Statistico.Simulator.Exchange.Contract;

namespace Statistico.Simulator.Exchange;

/// <summary>Stored orders in Betfair's shapes.</summary>
public static class OrderViews
{
    public static string BetId(OrderRow order) => order.BetId.ToString(CultureInfo.InvariantCulture);

    public static Order InBook(OrderRow o) => new()
    {
        BetId = BetId(o), OrderType = OrderType.Limit, Status = o.Status, PersistenceType = o.PersistenceType, Side = o.Side,
        Price = o.Price, Size = o.Size, PlacedDate = o.PlacedDate, AvgPriceMatched = o.AveragePriceMatched ?? 0, SizeMatched = o.SizeMatched,
        SizeRemaining = o.SizeRemaining, SizeLapsed = o.SizeLapsed, SizeCancelled = o.SizeCancelled, SizeVoided = o.SizeVoided,
        CustomerOrderRef = o.CustomerOrderRef, CustomerStrategyRef = o.CustomerStrategyRef,
    };

    public static CurrentOrderSummary Current(OrderRow o) => new()
    {
        BetId = BetId(o), MarketId = o.MarketId, SelectionId = o.SelectionId, PriceSize = new PriceSize(o.Price, o.Size), Side = o.Side,
        Status = o.Status, PersistenceType = o.PersistenceType, OrderType = OrderType.Limit, PlacedDate = o.PlacedDate, MatchedDate = o.MatchedDate,
        AveragePriceMatched = o.AveragePriceMatched ?? 0, SizeMatched = o.SizeMatched, SizeRemaining = o.SizeRemaining, SizeLapsed = o.SizeLapsed,
        SizeCancelled = o.SizeCancelled, SizeVoided = o.SizeVoided, CustomerOrderRef = o.CustomerOrderRef, CustomerStrategyRef = o.CustomerStrategyRef,
    };

    /// <summary>When an order left the book for good: settled, else cancelled, else lapsed.</summary>
    public static DateTimeOffset? ClearedDate(OrderRow o) => o.SettledDate ?? o.CancelledDate ?? o.LapsedDate;

    public static ClearedOrderRow Cleared(OrderRow o) => new()
    {
        EventTypeId = MarketFilters.SoccerEventTypeId, EventId = o.FixtureId.ToString(CultureInfo.InvariantCulture), MarketId = o.MarketId,
        SelectionId = o.SelectionId, Handicap = 0, BetId = BetId(o), PlacedDate = o.PlacedDate, PersistenceType = o.PersistenceType,
        OrderType = OrderType.Limit, Side = o.Side, BetOutcome = o.BetOutcome, PriceRequested = o.Price,
        SettledDate = ClearedDate(o), LastMatchedDate = o.MatchedDate, BetCount = 1,
        PriceMatched = o.AveragePriceMatched, PriceReduced = false, SizeSettled = o.SizeMatched, Profit = o.Profit ?? 0,
        SizeCancelled = o.SizeCancelled, CustomerOrderRef = o.CustomerOrderRef, CustomerStrategyRef = o.CustomerStrategyRef,
    };
}
