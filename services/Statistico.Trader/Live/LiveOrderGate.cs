using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Statistico.Contracts.Trading;
using Statistico.Trader.Data;
using Statistico.Trader.Positions;

namespace Statistico.Trader.Live;

/// <summary>
/// The checks made just before a LIVE order would leave, in the order's own transaction: the trade still waits for it,
/// the kill switch is off, the intent is fresh, the market is known and not seen closed, and the hourly transaction
/// budget (counted over every replica's ledger rows) has room. The risk limits were checked when the trade was signalled.
/// </summary>
internal sealed class LiveOrderGate(TraderDbContext db, TimeProvider clock, IOptions<TraderOptions> options)
{
    public async Task<LiveOrderRefusal?> RefusalAsync(PlaceOrder order, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var trade = await db.Trades.AsNoTracking().SingleOrDefaultAsync(t => t.CorrelationId == order.TradeId, cancellationToken);
        if (trade is null || trade.CurrentState != "Signalled")
        {
            // Voided or ended meanwhile: an order now would be exposure no trade accounts for.
            return new("TRADE_NOT_SIGNALLED", $"trade {order.TradeId} is {trade?.CurrentState ?? "unknown"}");
        }

        if (await KillSwitchState.IsEngagedAsync(db, cancellationToken))
        {
            return new("KILL_SWITCH", "The kill switch is engaged.");
        }

        var live = options.Value.Live;
        if (now - trade.SignalledAt > live.StaleIntentAfter)
        {
            return new("STALE_INTENT", $"signalled at {trade.SignalledAt:O}, more than {live.StaleIntentAfter} ago; the price it was decided on is gone");
        }

        if (string.IsNullOrEmpty(order.ExchangeMarketId) || order.RunnerId is null)
        {
            return new("NO_EXCHANGE_MARKET", "The signal carried no exchange market id or runner id.");
        }

        // Only what was seen: a market we have no observation of is the exchange's to refuse.
        var observed = await db.ObservedPrices.AsNoTracking().FirstOrDefaultAsync(o => o.Source == trade.Source
            && o.FixtureId == trade.FixtureId && o.MarketType == trade.MarketType && o.Selection == trade.Selection, cancellationToken);
        if (observed is not null && (observed.Status is not null || observed.InPlay))
        {
            return new("MARKET_NOT_OPEN", $"{trade.MarketType} is {observed.Status ?? "in play"}.");
        }

        var hourAgo = now.AddHours(-1);
        var sent = await db.Set<LiveOrder>().CountAsync(o => o.CreatedAt >= hourAgo && o.Status != LiveOrderStatus.Refused, cancellationToken);
        return sent >= options.Value.MaxOrdersPerHour
            ? new("TRANSACTION_BUDGET", $"{sent} orders sent in the last hour, the budget is {options.Value.MaxOrdersPerHour}")
            : null;
    }
}
