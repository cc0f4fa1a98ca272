using Statistico.Betfair.Api;
using Statistico.Betfair.Streaming;

namespace Statistico.Trader.Live;

/// <summary>
/// What <see cref="ExchangeOrderEvents"/> needs to know of one order, whichever way the exchange said it: a
/// listCurrentOrders row (the monitor, the cancel consumer) or an order on the order stream (<see cref="LiveOrderStream"/>).
/// One shape so there is one rule set, not one per source. ADR 0616.
/// </summary>
internal sealed record ExchangeOrderView(
    string BetId, decimal SizeMatched, decimal SizeRemaining, decimal? AveragePriceMatched, bool ExecutionComplete, decimal SizeLapsed, decimal SizeCancelled)
{
    public static ExchangeOrderView From(CurrentOrderSummary order)
    {
        ArgumentNullException.ThrowIfNull(order);
        return new ExchangeOrderView(
            order.BetId, order.SizeMatched, order.SizeRemaining, order.AveragePriceMatched, order.Status == OrderStatus.ExecutionComplete, order.SizeLapsed, order.SizeCancelled);
    }

    /// <summary>A stream order is always sent whole, so it carries every field the rules read.</summary>
    public static ExchangeOrderView From(StreamOrder order)
    {
        ArgumentNullException.ThrowIfNull(order);
        return new ExchangeOrderView(order.Id, order.Sm, order.Sr, order.Avp, order.Status == "EC", order.Sl, order.Sc);
    }
}
