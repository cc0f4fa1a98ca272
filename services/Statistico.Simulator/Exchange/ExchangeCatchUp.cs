using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Statistico.Betfair.Api;
using Statistico.Simulator.Data;
using Statistico.Simulator.World;

namespace Statistico.Simulator.Exchange;

/// <summary>
/// Brings orders up to the world's time: counter-party flow on resting orders (never past kick-off), LAPSE
/// remainders lapsed at kick-off, and markets settled at full time — once each, because a settlement row per market
/// is written in the same transaction as the orders and the balance. Runs before every exchange operation and on the
/// simulator's tick, always inside the <see cref="Clock.WorldGate"/>.
/// </summary>
public sealed class ExchangeCatchUp(SimulatorDbContext db, CurrentWorld world, OrderMatcher matcher, CatchUpMark mark, IOptions<SimulatorOptions> options)
{
    private ExchangeOptions Exchange => options.Value.Exchange;

    public async Task RunAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (mark.IsAt(now))
        {
            return; // nothing can have become due since the last catch-up at this very time
        }

        var definition = world.Definition;
        var open = await db.Orders.Where(o => o.Status == OrderStatus.Executable).OrderBy(o => o.BetId).ToListAsync(cancellationToken);
        foreach (var order in open)
        {
            if (definition.Find(order.FixtureId) is not { } fixture || MarketCatalog.Find(definition, order.MarketId) is not { } market
                || market.Runner(order.SelectionId) is not { } runner)
            {
                continue;
            }

            var suspend = MarketCatalog.SuspendTime(fixture, Exchange);
            // An order placed in play (markets that reopen, ADR 1002) meets the crowd from its placing to full time; one
            // placed before kick-off stops at the suspension, as before.
            var placedInPlay = order.PlacedDate >= suspend;
            var end = placedInPlay ? fixture.KickOff + Exchange.MatchDuration : suspend;
            var until = now < end ? now : end;
            if (until > order.FlowedUntil && definition.PricesAt(fixture, until) is { } prices)
            {
                var ladder = await matcher.AvailableAsync(market, runner, prices, until, cancellationToken);
                // The market may have moved through a resting price: the crowd's offers there now match it.
                matcher.TakeFromCrowd(order, ladder, until);
                if (order.SizeRemaining > 0)
                {
                    matcher.ApplyFlow(order, ladder, until);
                }
            }

            if (now >= suspend && !placedInPlay && order.PersistenceType == PersistenceType.Lapse && order.SizeRemaining > 0)
            {
                Lapse(order, suspend);
            }
        }

        await SettleAsync(definition, now, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        mark.Set(now);
    }

    private async Task SettleAsync(WorldDefinition definition, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var unsettled = await db.Orders.Where(o => o.SettledDate == null && (o.SizeMatched > 0 || o.Status == OrderStatus.Executable))
            .ToListAsync(cancellationToken);
        foreach (var marketOrders in unsettled.GroupBy(o => o.MarketId))
        {
            var first = marketOrders.First();
            if (definition.Find(first.FixtureId) is not { } fixture || MarketCatalog.Find(definition, first.MarketId) is not { } market)
            {
                continue;
            }

            var fullTime = fixture.KickOff + Exchange.MatchDuration;
            if (now < fullTime || await db.MarketSettlements.AnyAsync(s => s.MarketId == market.MarketId, cancellationToken))
            {
                continue;
            }

            Settle(market, [.. marketOrders], fullTime);
        }
    }

    private void Settle(SimMarket market, IReadOnlyList<OrderRow> orders, DateTimeOffset fullTime)
    {
        var voided = market.Fixture.Disruption != FixtureDisruption.None;
        var winners = market.Runners.Where(r => r.Wins(market.Fixture.Result)).Select(r => r.SelectionId).ToHashSet();
        var gross = 0m;
        foreach (var order in orders)
        {
            if (order.SizeRemaining > 0)
            {
                // Unmatched PERSIST remainders lapse when the market closes.
                Lapse(order, fullTime);
            }

            order.Status = OrderStatus.ExecutionComplete;
            order.SettledDate = fullTime;
            if (voided)
            {
                // A match not played to a result voids its markets: matched stakes are handed back, no profit, no commission.
                order.SizeVoided = order.SizeMatched;
                order.SizeMatched = 0;
                order.Profit = 0;
            }
            else if (order.SizeMatched > 0)
            {
                order.Profit = Exposure.MatchedProfit(order, winners.Contains(order.SelectionId));
                order.BetOutcome = order.Profit >= 0 ? "WON" : "LOST";
                gross += order.Profit.Value;
            }
        }

        // Commission is on net market winnings only: nothing is charged on a net loss.
        var commission = gross > 0 ? Math.Round(gross * Exchange.CommissionRate, 2) : 0m;
        var account = db.Accounts.Local.FirstOrDefault() ?? db.Accounts.Single();
        account.Balance += gross - commission;
        account.CommissionPaid += commission;
        db.MarketSettlements.Add(new MarketSettlementRow
        {
            MarketId = market.MarketId, FixtureId = market.Fixture.Id, SettledAt = fullTime, GrossProfit = gross, Commission = commission,
        });
    }

    private static void Lapse(OrderRow order, DateTimeOffset at)
    {
        order.SizeLapsed += order.SizeRemaining;
        order.LapsedDate = at;
        order.Status = OrderStatus.ExecutionComplete;
    }
}
