using Statistico.Betfair;
using Statistico.Betfair.Api;
using Statistico.Contracts.Trading;
using Statistico.Trader.Trading;

namespace Statistico.Trader.Live;

/// <summary>
/// The events of trades whose orders have left the current orders: settled (profit and this order's commission share),
/// voided, or lapsed / cancelled wholly unmatched. Settled bets are read for the whole market, not just these trades',
/// so a bet's commission share is the same whichever poll asks. One call per bet status for all markets at once, plus
/// one market roll-up for the commission.
/// </summary>
internal sealed class LiveClearedOrders(IBetfairClient betfair)
{
    public async Task<List<object>> EventsForAsync(IReadOnlyList<TradeState> trades, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var events = new List<object>();
        var waiting = trades.ToDictionary(t => t.CustomerOrderRef, StringComparer.Ordinal);
        var markets = trades.Select(t => t.ExchangeMarketId!).Distinct(StringComparer.Ordinal).ToList();

        var settled = await ListAsync(new ListClearedOrdersRequest(BetStatus.Settled) { MarketIds = markets }, cancellationToken);
        var ours = settled.Where(o => o.CustomerOrderRef is not null && waiting.ContainsKey(o.CustomerOrderRef) && o.BetId is not null).ToList();
        if (ours.Count > 0)
        {
            var rollUp = await ListAsync(new ListClearedOrdersRequest(BetStatus.Settled) { MarketIds = [.. ours.Select(o => o.MarketId!).Distinct()], GroupBy = GroupBy.Market }, cancellationToken);
            var commissions = rollUp.Where(r => r.MarketId is not null).ToDictionary(r => r.MarketId!, r => r.Commission ?? 0m);
            foreach (var market in settled.Where(o => o.BetId is not null && o.MarketId is not null).GroupBy(o => o.MarketId!))
            {
                var shares = CommissionShares.Of(commissions.GetValueOrDefault(market.Key), [.. market.Select(o => (o.BetId!, o.Profit ?? 0m))]);
                foreach (var order in market.Where(o => o.CustomerOrderRef is not null && waiting.ContainsKey(o.CustomerOrderRef)))
                {
                    var trade = waiting[order.CustomerOrderRef!];
                    var profit = order.Profit ?? 0m;
                    var outcome = order.BetOutcome == "WON" || (order.BetOutcome is null && profit > 0) ? TradeOutcome.Won : TradeOutcome.Lost;
                    events.Add(new OrderSettled(trade.CorrelationId, order.BetId!, outcome, order.SizeSettled ?? 0m, order.PriceMatched, profit, shares[order.BetId!], order.SettledDate ?? now));
                    waiting.Remove(order.CustomerOrderRef!);
                }
            }
        }

        foreach (var status in new[] { BetStatus.Voided, BetStatus.Lapsed, BetStatus.Cancelled })
        {
            if (waiting.Count == 0)
            {
                break;
            }

            var cleared = await ListAsync(new ListClearedOrdersRequest(status) { MarketIds = markets, CustomerOrderRefs = [.. waiting.Keys] }, cancellationToken);
            foreach (var order in cleared.Where(o => o.BetId is not null && o.CustomerOrderRef is not null && waiting.ContainsKey(o.CustomerOrderRef)))
            {
                var trade = waiting[order.CustomerOrderRef!];
                var at = order.SettledDate ?? now;
                var unmatched = trade.Stake - trade.SizeMatched;
                events.Add(status switch
                {
                    BetStatus.Voided => new OrderVoided(trade.CorrelationId, order.BetId!, at),
                    BetStatus.Lapsed => new OrderLapsed(trade.CorrelationId, order.BetId!, unmatched, at),
                    _ => new OrderCancelled(trade.CorrelationId, order.BetId!, order.SizeCancelled ?? unmatched, at),
                });
                waiting.Remove(order.CustomerOrderRef!);
            }
        }

        return events;
    }

    private async Task<List<ClearedOrderSummary>> ListAsync(ListClearedOrdersRequest request, CancellationToken cancellationToken)
    {
        var rows = new List<ClearedOrderSummary>();
        while (true)
        {
            var page = await betfair.ListClearedOrdersAsync(request with { FromRecord = rows.Count }, cancellationToken);
            rows.AddRange(page.ClearedOrders);
            if (!page.MoreAvailable || page.ClearedOrders.Count == 0)
            {
                return rows;
            }
        }
    }
}
