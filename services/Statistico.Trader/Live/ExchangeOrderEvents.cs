using Statistico.Contracts.Trading;
using Statistico.Trader.Trading;

namespace Statistico.Trader.Live;

/// <summary>
/// What a trade must hear to agree with its order as the exchange shows it among current orders. A match is reported
/// first and alone: OrderCancelled and OrderLapsed carry no matched size, so the saga would end a trade with nothing
/// matched as Cancelled if one overtook the match on the queue. They are reported only once the saga has recorded
/// every matched penny (a later poll or stream follow-up), which the sizes make idempotent. ADR 0612. The same rules
/// serve the poll and the order stream (<see cref="ExchangeOrderView"/>, ADR 0616).
/// </summary>
internal static class ExchangeOrderEvents
{
    public static IReadOnlyList<object> For(TradeState trade, ExchangeOrderView order, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(trade);
        ArgumentNullException.ThrowIfNull(order);
        if (order.SizeMatched > trade.SizeMatched)
        {
            return [new OrderMatched(trade.CorrelationId, order.BetId, order.SizeMatched, order.SizeRemaining, order.AveragePriceMatched ?? trade.Price, now)];
        }

        if (trade.CurrentState is not ("Placed" or "PartiallyMatched") || !order.ExecutionComplete || order.SizeRemaining > 0)
        {
            return [];
        }

        if (order.SizeLapsed > 0)
        {
            return [new OrderLapsed(trade.CorrelationId, order.BetId, order.SizeLapsed, now)];
        }

        return order.SizeCancelled > 0 ? [new OrderCancelled(trade.CorrelationId, order.BetId, order.SizeCancelled, now)] : [];
    }
}
