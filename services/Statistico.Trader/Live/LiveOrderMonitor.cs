using MassTransit;
using Microsoft.EntityFrameworkCore;
using Statistico.Betfair;
using Statistico.Betfair.Api;
using Statistico.Trader.Data;
using Statistico.Trader.Strategies;
using Statistico.Trader.Trading;

namespace Statistico.Trader.Live;

/// <summary>
/// One pass over the LIVE trades with an order at the exchange: one listCurrentOrders call per market (not per order),
/// cumulative matches, lapses and cancels from what it shows, and, for orders no longer current, their cleared state
/// (<see cref="LiveClearedOrders"/>). The events are stored in the outbox in one transaction; the saga is idempotent to
/// every one of them, so a pass repeated on another replica or after a crash changes nothing more.
/// </summary>
internal sealed partial class LiveOrderMonitor(
    TraderDbContext db, IBetfairClient betfair, LiveClearedOrders cleared, IPublishEndpoint publish, TimeProvider clock, ILogger<LiveOrderMonitor> logger)
{
    private static readonly string[] Watched = ["Placed", "PartiallyMatched", "Matched"];

    /// <summary>Polls the exchange and stores the events it found; returns how many.</summary>
    public async Task<int> PollAsync(CancellationToken cancellationToken)
    {
        var trades = await db.Trades.AsNoTracking()
            .Where(t => t.Mode == StrategyMode.Live && Watched.Contains(t.CurrentState) && t.ExchangeMarketId != null)
            .ToListAsync(cancellationToken);
        if (trades.Count == 0)
        {
            return 0;
        }

        var now = clock.GetUtcNow();
        var events = new List<object>();
        var gone = new List<TradeState>();
        foreach (var market in trades.GroupBy(t => t.ExchangeMarketId!))
        {
            var orders = (await CurrentOrdersAsync(market.Key, cancellationToken))
                .Where(o => o.CustomerOrderRef is not null).ToLookup(o => o.CustomerOrderRef!, StringComparer.Ordinal);
            foreach (var trade in market)
            {
                var mine = orders[trade.CustomerOrderRef].OrderBy(o => o.PlacedDate).ToList();
                if (mine.Count == 0)
                {
                    gone.Add(trade);
                    continue;
                }

                events.AddRange(ExchangeOrderEvents.For(trade, ExchangeOrderView.From(mine[0]), now));
            }
        }

        if (gone.Count > 0)
        {
            events.AddRange(await cleared.EventsForAsync(gone, now, cancellationToken));
        }

        foreach (var message in events)
        {
            await publish.Publish(message, cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        if (events.Count > 0)
        {
            LogReported(events.Count, trades.Count);
        }

        return events.Count;
    }

    private async Task<List<CurrentOrderSummary>> CurrentOrdersAsync(string marketId, CancellationToken cancellationToken)
    {
        var orders = new List<CurrentOrderSummary>();
        while (true)
        {
            var page = await betfair.ListCurrentOrdersAsync(
                new ListCurrentOrdersRequest { MarketIds = [marketId], OrderProjection = OrderProjection.All, FromRecord = orders.Count }, cancellationToken);
            orders.AddRange(page.CurrentOrders);
            if (!page.MoreAvailable || page.CurrentOrders.Count == 0)
            {
                return orders;
            }
        }
    }

    [LoggerMessage(LogLevel.Information, "Order monitor reported {Events} change(s) across {Trades} live trade(s)")]
    private partial void LogReported(int events, int trades);
}
