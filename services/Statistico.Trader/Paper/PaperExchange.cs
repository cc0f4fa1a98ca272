using MassTransit;
using Microsoft.EntityFrameworkCore;
using Statistico.Contracts.Trading;
using Statistico.Trader.Data;
using Statistico.Trader.Positions;

namespace Statistico.Trader.Paper;

/// <summary>
/// The exchange PAPER trades' orders go to: fills them against the latest observed prices (<see cref="PaperFill"/>),
/// rests the remainder in <see cref="PaperBook"/>, and answers with the same events a live exchange adapter does.
/// </summary>
internal sealed class PaperExchange(TraderDbContext db, TimeProvider clock) : IConsumer<PlaceOrder>, IConsumer<CancelOrder>
{
    public async Task Consume(ConsumeContext<PlaceOrder> context)
    {
        var order = context.Message;
        var cancellationToken = context.CancellationToken;
        var now = clock.GetUtcNow();
        if (await KillSwitchState.IsEngagedAsync(db, cancellationToken))
        {
            await context.Publish(new OrderRejected(order.TradeId, "KILL_SWITCH", now) { Detail = "The kill switch is engaged." }, cancellationToken);
            return;
        }

        var trade = await db.Trades.AsNoTracking().SingleAsync(t => t.CorrelationId == order.TradeId, cancellationToken);
        var observed = await db.ObservedPrices.AsNoTracking().SingleOrDefaultAsync(o => o.Source == trade.Source
            && o.FixtureId == trade.FixtureId && o.MarketType == trade.MarketType && o.Selection == order.Selection, cancellationToken);
        if (observed is null || observed.Status is not null || observed.InPlay)
        {
            await context.Publish(new OrderRejected(order.TradeId, "MARKET_NOT_OPEN", now) { Detail = $"{trade.MarketType} is {observed?.Status ?? (observed is null ? "unknown" : "in play")}." }, cancellationToken);
            return;
        }

        var betId = "paper-" + order.CustomerReference;
        var paper = new PaperOrder
        {
            TradeId = order.TradeId,
            BetId = betId,
            Source = trade.Source,
            FixtureId = trade.FixtureId,
            MarketType = trade.MarketType,
            Selection = order.Selection,
            Side = order.Side,
            Price = order.Price,
            Size = order.Size,
            PlacedAt = now,
        };
        var (size, price) = PaperFill.OnPlacement(order.Side, order.Price, order.Size, observed);
        paper.SizeMatched = size;
        paper.MatchedValue = size * price;
        if (size < order.Size)
        {
            db.PaperOrders.Add(paper);
        }

        await db.SaveChangesAsync(cancellationToken);
        await context.Publish(new OrderPlaced(order.TradeId, betId, now)
        {
            SizeMatched = size,
            AveragePriceMatched = size > 0 ? PaperBook.AveragePrice(paper) : null,
        }, cancellationToken);
    }

    public async Task Consume(ConsumeContext<CancelOrder> context)
    {
        var cancel = context.Message;
        var order = await db.PaperOrders.SingleOrDefaultAsync(o => o.TradeId == cancel.TradeId, context.CancellationToken);
        if (order is null)
        {
            return; // fully matched, lapsed or cancelled already: the trade has heard about it
        }

        db.PaperOrders.Remove(order);
        await db.SaveChangesAsync(context.CancellationToken);
        await context.Publish(new OrderCancelled(cancel.TradeId, order.BetId, order.Size - order.SizeMatched, clock.GetUtcNow()), context.CancellationToken);
    }
}
