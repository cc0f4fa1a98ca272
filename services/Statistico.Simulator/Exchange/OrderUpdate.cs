using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Statistico.Betfair.Api;
using Statistico.Simulator.Clock;
using Statistico.Simulator.Data;
using Statistico.Simulator.Exchange.Contract;
using Statistico.Simulator.World;

namespace Statistico.Simulator.Exchange;

/// <summary>
/// updateOrders: changes what an executable bet's unmatched part does at the turn in-play (LAPSE or PERSIST; the
/// Simulator has no BSP, so MARKET_ON_CLOSE is INVALID_PERSISTENCE_TYPE). All instructions apply or none does
/// (ADR 1010); a repeated customerRef is DUPLICATE_TRANSACTION.
/// </summary>
public sealed class OrderUpdate(
    SimulatorDbContext db, CurrentWorld world, WorldClock clock, ExchangeCatchUp catchUp, CustomerRefWindow customerRefs, IOptions<SimulatorOptions> options)
{
    private const int MaxInstructions = 60;

    public async Task<UpdateExecutionReport> UpdateAsync(UpdateOrdersRequest request, CancellationToken cancellationToken)
    {
        MarketGate.CheckCall(request.MarketId, request.Instructions?.Count ?? 0, MaxInstructions, request.CustomerRef);
        var now = clock.Now;
        await catchUp.RunAsync(now, cancellationToken);
        var report = new UpdateExecutionReport { CustomerRef = request.CustomerRef, MarketId = request.MarketId, Status = ExecutionReportStatus.Failure };
        if (request.CustomerRef is { Length: > 0 } customerRef && await customerRefs.IsDuplicateAsync(customerRef, cancellationToken))
        {
            return report with { ErrorCode = ExecutionErrorCodes.DuplicateTransaction };
        }

        var instructions = request.Instructions ?? [];
        var (market, refused) = instructions.Count == 0
            ? (null, ExecutionErrorCodes.InvalidOrder)
            : MarketGate.Open(world.Definition, request.MarketId, now, options.Value.Exchange);
        if (market is null)
        {
            await db.SaveChangesAsync(cancellationToken);
            return report with { ErrorCode = refused };
        }

        var orders = new List<OrderRow?>();
        foreach (var instruction in instructions)
        {
            orders.Add(long.TryParse(instruction.BetId, out var betId)
                ? await db.Orders.FirstOrDefaultAsync(o => o.BetId == betId && o.MarketId == market.MarketId, cancellationToken)
                : null);
        }

        var errors = instructions.Zip(orders, (i, o) => o switch
        {
            null => InstructionErrorCodes.InvalidBetId,
            { Status: not OrderStatus.Executable } => InstructionErrorCodes.BetTakenOrLapsed,
            _ when i.NewPersistenceType is not (PersistenceType.Lapse or PersistenceType.Persist) => InstructionErrorCodes.InvalidPersistenceType,
            _ => null,
        }).ToList();
        var failed = errors.Any(e => e is not null);
        if (!failed)
        {
            foreach (var (instruction, order) in instructions.Zip(orders, (i, o) => (i, o!)))
            {
                order.PersistenceType = instruction.NewPersistenceType;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return report with
        {
            Status = failed ? ExecutionReportStatus.Failure : ExecutionReportStatus.Success,
            ErrorCode = failed ? ExecutionErrorCodes.BetActionError : null,
            InstructionReports = [.. instructions.Zip(errors, (i, e) => new UpdateInstructionReport
            {
                Status = failed ? InstructionReportStatus.Failure : InstructionReportStatus.Success,
                ErrorCode = failed ? e ?? InstructionErrorCodes.RelatedActionFailed : null, Instruction = i,
            })],
        };
    }
}
