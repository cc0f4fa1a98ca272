using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Statistico.Betfair.Api;
using Statistico.Simulator.Clock;
using Statistico.Simulator.Data;
using Statistico.Simulator.World;

namespace Statistico.Simulator.Exchange;

/// <summary>
/// cancelOrders as Betfair answers it: each instruction cancels all or part of an executable order of an open market
/// (no instructions: every executable order, of the market when one is named); the orders queued behind a cancelled
/// remainder move up; every change is committed before the report goes out.
/// </summary>
public sealed class OrderCancellation(SimulatorDbContext db, CurrentWorld world, WorldClock clock, ExchangeCatchUp catchUp, IOptions<SimulatorOptions> options)
{
    private ExchangeOptions Exchange => options.Value.Exchange;

    public async Task<CancelExecutionReport> CancelAsync(CancelOrdersRequest request, CancellationToken cancellationToken)
    {
        var now = clock.Now;
        await catchUp.RunAsync(now, cancellationToken);
        var query = db.Orders.AsQueryable();
        if (request.MarketId is not null)
        {
            query = query.Where(o => o.MarketId == request.MarketId);
        }

        var instructions = request.Instructions is { Count: > 0 } given
            ? given
            : [.. (await query.Where(o => o.Status == OrderStatus.Executable).Select(o => o.BetId).ToListAsync(cancellationToken))
                .Select(id => new CancelInstruction(id.ToString(System.Globalization.CultureInfo.InvariantCulture)))];
        var reports = new List<CancelInstructionReport>();
        foreach (var instruction in instructions)
        {
            var order = long.TryParse(instruction.BetId, out var betId) ? await query.FirstOrDefaultAsync(o => o.BetId == betId, cancellationToken) : null;
            var error = order switch
            {
                null => InstructionErrorCodes.InvalidBetId,
                { Status: not OrderStatus.Executable } => InstructionErrorCodes.BetTakenOrLapsed,
                _ when world.Definition.Find(order.FixtureId) is not { } f || MarketCatalog.Status(f, now, Exchange) != MarketStatus.Open
                    => InstructionErrorCodes.MarketNotOpenForBetting,
                _ when instruction.SizeReduction is <= 0 => InstructionErrorCodes.InvalidBetSize,
                _ => null,
            };
            if (error is not null)
            {
                reports.Add(new CancelInstructionReport { Status = InstructionReportStatus.Failure, ErrorCode = error, Instruction = instruction });
                continue;
            }

            var size = Math.Min(instruction.SizeReduction ?? order!.SizeRemaining, order!.SizeRemaining);
            await CancelAsync(order, size, now, cancellationToken);

            reports.Add(new CancelInstructionReport { Status = InstructionReportStatus.Success, Instruction = instruction, SizeCancelled = size, CancelledDate = now });
        }

        await db.SaveChangesAsync(cancellationToken);
        var failed = reports.Any(r => r.Status == InstructionReportStatus.Failure);
        return new CancelExecutionReport
        {
            CustomerRef = request.CustomerRef, MarketId = request.MarketId, InstructionReports = reports,
            Status = !failed ? ExecutionReportStatus.Success : reports.All(r => r.Status == InstructionReportStatus.Failure) ? ExecutionReportStatus.Failure : ExecutionReportStatus.ProcessedWithErrors,
            ErrorCode = failed ? ExecutionErrorCodes.ProcessedWithErrors : null,
        };
    }

    /// <summary>Cancels <paramref name="size"/> of an executable order; the caller commits.</summary>
    internal async Task CancelAsync(OrderRow order, decimal size, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await MoveQueueUpAsync(order, size, cancellationToken);
        order.SizeCancelled += size;
        order.CancelledDate = now;
        if (order.SizeRemaining <= 0)
        {
            order.Status = OrderStatus.ExecutionComplete;
        }
    }

    /// <summary>Our later orders at the same price were queued behind this one's remainder: what is cancelled is no longer ahead.</summary>
    private async Task MoveQueueUpAsync(OrderRow cancelled, decimal size, CancellationToken cancellationToken)
    {
        var behind = await db.Orders.Where(o => o.MarketId == cancelled.MarketId && o.SelectionId == cancelled.SelectionId && o.Side == cancelled.Side
            && o.Price == cancelled.Price && o.BetId > cancelled.BetId && o.Status == OrderStatus.Executable).ToListAsync(cancellationToken);
        foreach (var order in behind)
        {
            order.QueueAhead = Math.Max(0, order.QueueAhead - size);
        }
    }
}
