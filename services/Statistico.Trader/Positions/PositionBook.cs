using MassTransit;
using Microsoft.EntityFrameworkCore;
using Statistico.Trader.Data;
using Statistico.Trader.Trading;

namespace Statistico.Trader.Positions;

/// <summary>
/// Closes a trade's position when the trade ends: its exposure is released and its net profit joins the strategy's
/// bankroll. Exactly once: the inbox drops a redelivered message, and the update only touches a position still open.
/// Until this runs the position still counts as exposure, so a late close can only make the limits stricter.
/// </summary>
internal sealed class PositionBook(TraderDbContext db) : IConsumer<TradeClosed>
{
    public async Task Consume(ConsumeContext<TradeClosed> context)
    {
        var closed = context.Message;
        await db.Positions.Where(p => p.TradeId == closed.TradeId && p.ClosedAt == null).ExecuteUpdateAsync(
            set => set.SetProperty(p => p.ClosedAt, closed.ClosedAt).SetProperty(p => p.FinalState, closed.FinalState).SetProperty(p => p.NetProfit, closed.NetProfit),
            context.CancellationToken);
        // A voided trade may still have a paper remainder resting: it must not match later.
        await db.PaperOrders.Where(o => o.TradeId == closed.TradeId).ExecuteDeleteAsync(context.CancellationToken);
    }
}
