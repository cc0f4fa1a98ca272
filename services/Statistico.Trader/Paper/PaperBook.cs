using MassTransit;
using Microsoft.EntityFrameworkCore;
using Statistico.Contracts.Odds;
using Statistico.Contracts.Trading;
using Statistico.Trader.Data;
using Statistico.Trader.Decisions;

namespace Statistico.Trader.Paper;

/// <summary>
/// The resting paper orders against each new observation: a market that suspends, goes in play or closes lapses them
/// (Betfair's LAPSE persistence at kick-off); otherwise prices that move through an order's limit match it.
/// </summary>
internal sealed class PaperBook(TraderDbContext db)
{
    public async Task ReactAsync(ConsumeContext context, MarketOddsObserved batch)
    {
        var cancellationToken = context.CancellationToken;
        var fixtureIds = batch.Markets.Select(m => m.FixtureId).Distinct().ToList();
        var resting = await db.PaperOrders.Where(o => o.Source == batch.Source && fixtureIds.Contains(o.FixtureId)).ToListAsync(cancellationToken);
        foreach (var market in batch.Markets)
        {
            foreach (var order in resting.Where(o => o.FixtureId == market.FixtureId && o.MarketType == market.MarketType))
            {
                if (market.Status is not null || market.InPlay)
                {
                    db.PaperOrders.Remove(order);
                    await context.Publish(new OrderLapsed(order.TradeId, order.BetId, order.Size - order.SizeMatched, market.ObservedAt), cancellationToken);
                    continue;
                }

                if (market.Runners.FirstOrDefault(r => r.Selection == order.Selection) is not { } runner)
                {
                    continue;
                }

                var (size, price) = PaperFill.WhileResting(order.Side, order.Price, order.Size - order.SizeMatched, Observation(runner));
                if (size > 0)
                {
                    await MatchAsync(context, order, size, price, market.ObservedAt);
                }
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Adds a fill to <paramref name="order"/> and reports the cumulative match; a filled order leaves the book.</summary>
    public async Task MatchAsync(ConsumeContext context, PaperOrder order, decimal size, decimal price, DateTimeOffset at)
    {
        order.SizeMatched += size;
        order.MatchedValue += size * price;
        var remaining = order.Size - order.SizeMatched;
        if (remaining == 0)
        {
            db.PaperOrders.Remove(order);
        }

        await context.Publish(
            new OrderMatched(order.TradeId, order.BetId, order.SizeMatched, remaining, AveragePrice(order), at), context.CancellationToken);
    }

    /// <summary>The size-weighted average of the fills, rounded to the penny as exchanges report it.</summary>
    public static decimal AveragePrice(PaperOrder order) => Math.Round(order.MatchedValue / order.SizeMatched, 2);

    private static ObservedPrice Observation(ObservedRunner runner) => new()
    {
        Source = "",
        MarketType = "",
        Selection = runner.Selection,
        BackPrice = runner.Back.Count > 0 ? runner.Back[0].Price : null,
        BackSize = runner.Back.Count > 0 ? runner.Back[0].Size : 0,
        LayPrice = runner.Lay.Count > 0 ? runner.Lay[0].Price : null,
        LaySize = runner.Lay.Count > 0 ? runner.Lay[0].Size : 0,
    };
}
