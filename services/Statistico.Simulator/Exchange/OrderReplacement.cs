using Statistico.Betfair.Api;
using Statistico.Simulator.Data;
using Statistico.Simulator.Exchange.Contract;

namespace Statistico.Simulator.Exchange;

/// <summary>
/// replaceOrders by Betfair's rules (ADR 1010): a bulk cancel, then a bulk place of what each cancel took off at the
/// new price. The cancels are all checked first and none is made unless all can be; the new orders are placed all or
/// none; when they cannot be placed the cancels stand (Betfair does not roll them back) and each instruction says
/// CANCELLED_NOT_PLACED. A repeated customerRef is DUPLICATE_TRANSACTION. Everything is committed before the report.
/// </summary>
public sealed class OrderReplacement(
    SimulatorDbContext db, AmendmentGate gate, PlaceOrdersValidator validator, OrderPlacement placement, OrderCancellation cancellation)
{
    private const int MaxInstructions = 60;
    private const string CancelledNotPlaced = "CANCELLED_NOT_PLACED";

    public async Task<ReplaceExecutionReport> ReplaceAsync(ReplaceOrdersRequest request, CancellationToken cancellationToken)
    {
        MarketGate.CheckCall(request.MarketId, request.Instructions?.Count ?? 0, MaxInstructions, request.CustomerRef);
        var report = new ReplaceExecutionReport { CustomerRef = request.CustomerRef, MarketId = request.MarketId, Status = ExecutionReportStatus.Failure };
        var instructions = request.Instructions ?? [];
        var (market, refused, orders, now) = await gate.OpenAsync(request.MarketId, request.CustomerRef, [.. instructions.Select(i => i.BetId)], cancellationToken);
        if (market is null)
        {
            return report with { ErrorCode = refused };
        }

        var errors = orders.Select(o => o switch
        {
            null => InstructionErrorCodes.InvalidBetId,
            { Status: not OrderStatus.Executable } => InstructionErrorCodes.BetTakenOrLapsed,
            _ => null,
        }).ToList();
        if (errors.Any(e => e is not null))
        {
            await db.SaveChangesAsync(cancellationToken);
            return report with
            {
                ErrorCode = ExecutionErrorCodes.BetActionError,
                InstructionReports = [.. instructions.Zip(errors, (i, e) => new ReplaceInstructionReport
                {
                    Status = InstructionReportStatus.Failure, ErrorCode = e ?? InstructionErrorCodes.RelatedActionFailed,
                    CancelInstructionReport = new CancelInstructionReport
                    {
                        Status = InstructionReportStatus.Failure, ErrorCode = e ?? InstructionErrorCodes.RelatedActionFailed, Instruction = new CancelInstruction(i.BetId),
                    },
                })],
            };
        }

        var cancels = new List<CancelInstructionReport>();
        var places = new List<PlaceInstruction>();
        foreach (var (instruction, order) in instructions.Zip(orders, (i, o) => (i, o!)))
        {
            var size = order.SizeRemaining;
            await cancellation.CancelAsync(order, size, now, cancellationToken);
            cancels.Add(new CancelInstructionReport
            {
                Status = InstructionReportStatus.Success, Instruction = new CancelInstruction(instruction.BetId), SizeCancelled = size, CancelledDate = now,
            });
            places.Add(new PlaceInstruction(OrderType.Limit, order.SelectionId, order.Side, new LimitOrder(size, instruction.NewPrice, order.PersistenceType))
            {
                CustomerOrderRef = order.CustomerOrderRef,
            });
        }

        var placeRequest = new PlaceOrdersRequest(market.MarketId, places);
        var failure = await validator.ValidateAsync(placeRequest, now, cancellationToken);
        if (failure is not null)
        {
            // The cancels stand: Betfair does not roll them back when the new orders cannot be placed.
            await db.SaveChangesAsync(cancellationToken);
            return report with
            {
                ErrorCode = failure.ErrorCode,
                InstructionReports = [.. cancels.Select((c, n) => new ReplaceInstructionReport
                {
                    Status = InstructionReportStatus.Failure, ErrorCode = CancelledNotPlaced, CancelInstructionReport = c,
                    PlaceInstructionReport = n < failure.InstructionReports.Count
                        ? failure.InstructionReports[n]
                        : new PlaceInstructionReport { Status = InstructionReportStatus.Failure, ErrorCode = failure.ErrorCode, Instruction = places[n] },
                })],
            };
        }

        var placed = await placement.PlaceValidatedAsync(placeRequest, now, cancellationToken);
        foreach (var (order, placedReport) in orders.Zip(placed, (o, p) => (o!, p)))
        {
            // A replacement keeps its original's strategy, as a bet moved to a new price is the same decision.
            db.Orders.Local.Single(o => OrderViews.BetId(o) == placedReport.BetId).CustomerStrategyRef = order.CustomerStrategyRef;
        }

        await db.SaveChangesAsync(cancellationToken);
        return report with
        {
            Status = ExecutionReportStatus.Success,
            InstructionReports = [.. cancels.Zip(placed, (c, p) => new ReplaceInstructionReport
            {
                Status = InstructionReportStatus.Success, CancelInstructionReport = c, PlaceInstructionReport = p,
            })],
        };
    }
}
