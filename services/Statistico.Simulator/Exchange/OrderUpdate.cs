using Statistico.Betfair.Api;
using Statistico.Simulator.Data;
using Statistico.Simulator.Exchange.Contract;

namespace Statistico.Simulator.Exchange;

/// <summary>
/// updateOrders: changes what an executable bet's unmatched part does at the turn in-play (LAPSE or PERSIST; the
/// Simulator has no BSP, so MARKET_ON_CLOSE is INVALID_PERSISTENCE_TYPE). All instructions apply or none does
/// (ADR 1010); a repeated customerRef is DUPLICATE_TRANSACTION.
/// </summary>
public sealed class OrderUpdate(SimulatorDbContext db, AmendmentGate gate)
{
    private const int MaxInstructions = 60;

    public async Task<UpdateExecutionReport> UpdateAsync(UpdateOrdersRequest request, CancellationToken cancellationToken)
    {
        MarketGate.CheckCall(request.MarketId, request.Instructions?.Count ?? 0, MaxInstructions, request.CustomerRef);
        var report = new UpdateExecutionReport { CustomerRef = request.CustomerRef, MarketId = request.MarketId, Status = ExecutionReportStatus.Failure };
        var instructions = request.Instructions ?? [];
        var (market, refused, orders, _) = await gate.OpenAsync(request.MarketId, request.CustomerRef, [.. instructions.Select(i => i.BetId)], cancellationToken);
        if (market is null)
        {
            return report with { ErrorCode = refused };
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
