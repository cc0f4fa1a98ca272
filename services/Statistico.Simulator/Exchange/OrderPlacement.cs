using Microsoft.EntityFrameworkCore;
using Statistico.Betfair.Api;
using Statistico.Simulator.Clock;
using Statistico.Simulator.Data;
using Statistico.Simulator.World;

namespace Statistico.Simulator.Exchange;

/// <summary>
/// placeOrders as Betfair answers it. All instructions of a call succeed or none does (<see cref="PlaceOrdersValidator"/>);
/// a malformed customerRef is INVALID_INPUT_DATA; a repeated one is DUPLICATE_TRANSACTION (<see cref="CustomerRefWindow"/>);
/// each order takes what the crowd offers at once (fill-or-kill lapses if it cannot fill enough) and queues the rest;
/// every change (orders, liquidity taken, the customerRef) is committed in one transaction before the report goes out.
/// cancelOrders is <see cref="OrderCancellation"/>.
/// </summary>
public sealed class OrderPlacement(
    SimulatorDbContext db, CurrentWorld world, WorldClock clock, ExchangeCatchUp catchUp, OrderMatcher matcher,
    CustomerRefWindow customerRefs, PlaceOrdersValidator validator)
{
    public async Task<PlaceExecutionReport> PlaceAsync(PlaceOrdersRequest request, CancellationToken cancellationToken)
    {
        var now = clock.Now;
        await catchUp.RunAsync(now, cancellationToken);
        var report = new PlaceExecutionReport { CustomerRef = request.CustomerRef, MarketId = request.MarketId, Status = ExecutionReportStatus.Failure };
        BetfairReferences.Check(request);
        if (request.CustomerRef is { Length: > 0 } customerRef && await customerRefs.IsDuplicateAsync(customerRef, cancellationToken))
        {
            return report with { ErrorCode = ExecutionErrorCodes.DuplicateTransaction };
        }

        var failure = await validator.ValidateAsync(request, now, cancellationToken);
        if (failure is not null)
        {
            await db.SaveChangesAsync(cancellationToken);
            return failure with { CustomerRef = request.CustomerRef, MarketId = request.MarketId };
        }

        var reports = await PlaceValidatedAsync(request, now, cancellationToken);

        // The orders exist only once this commit succeeds; only then is the report sent.
        await db.SaveChangesAsync(cancellationToken);
        return report with { Status = ExecutionReportStatus.Success, InstructionReports = reports };
    }

    /// <summary>Places instructions that passed <see cref="PlaceOrdersValidator"/>; the caller commits.</summary>
    internal async Task<List<PlaceInstructionReport>> PlaceValidatedAsync(PlaceOrdersRequest request, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var market = MarketCatalog.Find(world.Definition, request.MarketId)!;
        var prices = world.Definition.PricesAt(market.Fixture, now)!;
        var state = await db.WorldState.SingleAsync(cancellationToken);
        var reports = new List<PlaceInstructionReport>();
        foreach (var instruction in request.Instructions)
        {
            var runner = market.Runner(instruction.SelectionId)!;
            var limit = instruction.LimitOrder!;
            var order = new OrderRow
            {
                BetId = state.NextBetId++, MarketId = market.MarketId, FixtureId = market.Fixture.Id, SelectionId = runner.SelectionId,
                Side = instruction.Side, Price = limit.Price, Size = limit.Size, PersistenceType = limit.PersistenceType,
                Status = OrderStatus.Executable, PlacedDate = now, FlowedUntil = now,
                CustomerOrderRef = instruction.CustomerOrderRef, CustomerStrategyRef = request.CustomerStrategyRef,
            };
            var ladder = await matcher.AvailableAsync(market, runner, prices, now, cancellationToken);
            var fillOrKill = limit.TimeInForce == TimeInForce.FillOrKill;
            if (fillOrKill && OrderMatcher.Matchable(order.Side, order.Price, order.Size, ladder) < (limit.MinFillSize ?? order.Size))
            {
                // Fill-or-kill that cannot fill enough now matches nothing and expires.
                order.SizeLapsed = order.Size;
                order.LapsedDate = now;
                order.Status = OrderStatus.ExecutionComplete;
            }
            else
            {
                matcher.TakeFromCrowd(order, ladder, now);
                if (fillOrKill && order.SizeRemaining > 0)
                {
                    order.SizeLapsed = order.SizeRemaining;
                    order.LapsedDate = now;
                    order.Status = OrderStatus.ExecutionComplete;
                }
                else if (order.SizeRemaining > 0)
                {
                    order.QueueAhead = OrderMatcher.QueueAtPrice(order, ladder) + QueuedOwnOrders(order);
                }
            }

            db.Orders.Add(order);
            reports.Add(new PlaceInstructionReport
            {
                Status = InstructionReportStatus.Success, Instruction = instruction, BetId = OrderViews.BetId(order), PlacedDate = now,
                OrderStatus = fillOrKill && order.SizeMatched == 0 ? OrderStatus.Expired : order.Status,
                AveragePriceMatched = order.AveragePriceMatched ?? 0, SizeMatched = order.SizeMatched,
            });
        }

        return reports;
    }

    /// <summary>Own earlier orders resting at the same price are ahead in the queue (catch-up loaded every executable order).</summary>
    private decimal QueuedOwnOrders(OrderRow order) =>
        db.Orders.Local.Where(o => o != order && o.MarketId == order.MarketId && o.SelectionId == order.SelectionId && o.Side == order.Side
            && o.Price == order.Price && o.Status == OrderStatus.Executable).Sum(o => o.SizeRemaining);
}
