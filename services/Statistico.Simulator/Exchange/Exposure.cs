using Statistico.Betfair.Api;
using Statistico.Simulator.Data;

namespace Statistico.Simulator.Exchange;

/// <summary>
/// What the account can lose on open markets: per market, the worst outcome of the matched bets plus the full
/// liability of every unmatched remainder (it may yet match at its price).
/// </summary>
public static class Exposure
{
    public static decimal Total(IEnumerable<OrderRow> openOrders, Func<string, IReadOnlyList<long>> runnersOf)
    {
        ArgumentNullException.ThrowIfNull(openOrders);
        ArgumentNullException.ThrowIfNull(runnersOf);
        return openOrders.GroupBy(o => o.MarketId).Sum(market => OfMarket([.. market], runnersOf(market.Key)));
    }

    public static decimal OfMarket(IReadOnlyList<OrderRow> orders, IReadOnlyList<long> runners)
    {
        ArgumentNullException.ThrowIfNull(orders);
        ArgumentNullException.ThrowIfNull(runners);
        var worst = runners.Count == 0 ? 0 : runners.Min(winner => orders.Sum(o => MatchedProfit(o, o.SelectionId == winner)));
        var unmatched = orders.Sum(o => o.Side == Side.Back ? o.SizeRemaining : o.SizeRemaining * (o.Price - 1));
        return Math.Max(0, -worst) + unmatched;
    }

    /// <summary>Profit of the matched part of an order (before commission) if its selection wins or not.</summary>
    public static decimal MatchedProfit(OrderRow order, bool selectionWins)
    {
        ArgumentNullException.ThrowIfNull(order);
        var odds = order.AveragePriceMatched ?? order.Price;
        var winnings = Math.Round(order.SizeMatched * (odds - 1), 2);
        return (order.Side, selectionWins) switch
        {
            (Side.Back, true) => winnings,
            (Side.Back, false) => -order.SizeMatched,
            (Side.Lay, true) => -winnings,
            _ => order.SizeMatched,
        };
    }
}
