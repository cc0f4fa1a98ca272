using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Statistico.Betfair.Api;
using Statistico.Modelling.Pricing;
using Statistico.Simulator.Data;
using Statistico.Simulator.World;

namespace Statistico.Simulator.Exchange;

/// <summary>
/// Whether a placeOrders call may be placed at all, checked in Betfair's order: the call (instructions, market,
/// market status), then each instruction (all fail together, the valid ones as RELATED_ACTION_FAILED), then funds
/// (the new orders counted as wholly unmatched, the worst they can do).
/// </summary>
public sealed class PlaceOrdersValidator(SimulatorDbContext db, CurrentWorld world, IOptions<SimulatorOptions> options)
{
    private const int MaxInstructions = 200;

    private ExchangeOptions Exchange => options.Value.Exchange;

    /// <summary>A failure report, or null when every instruction can be placed.</summary>
    public async Task<PlaceExecutionReport?> ValidateAsync(PlaceOrdersRequest request, DateTimeOffset now, CancellationToken cancellationToken)
    {
        static PlaceExecutionReport Fail(string code, IReadOnlyList<PlaceInstructionReport>? reports = null) =>
            new() { Status = ExecutionReportStatus.Failure, ErrorCode = code, InstructionReports = reports ?? [] };

        if (request.Instructions is null || request.Instructions.Count == 0)
        {
            return Fail(ExecutionErrorCodes.InvalidOrder);
        }

        if (request.Instructions.Count > MaxInstructions)
        {
            return Fail(ExecutionErrorCodes.TooManyInstructions);
        }

        if (MarketCatalog.Find(world.Definition, request.MarketId) is not { } market)
        {
            return Fail(ExecutionErrorCodes.InvalidMarketId);
        }

        switch (MarketCatalog.Status(market.Fixture, now, Exchange))
        {
            case MarketStatus.Suspended:
                return Fail(ExecutionErrorCodes.MarketSuspended);
            case MarketStatus.Closed or MarketStatus.Inactive:
                return Fail(ExecutionErrorCodes.MarketNotOpenForBetting);
        }

        var errors = request.Instructions.Select(i => request.CustomerStrategyRef is { Length: > BetfairReferences.MaxStrategyLength }
            ? InstructionErrorCodes.InvalidCustomerStrategyRef
            : InstructionError(i, market)).ToList();
        if (errors.Any(e => e is not null))
        {
            return Fail(ExecutionErrorCodes.BetActionError, [.. request.Instructions.Zip(errors, (i, e) => new PlaceInstructionReport
            {
                Status = InstructionReportStatus.Failure, ErrorCode = e ?? "RELATED_ACTION_FAILED", Instruction = i,
            })]);
        }

        if (!await CanAffordAsync(request, market, cancellationToken))
        {
            return Fail(ExecutionErrorCodes.InsufficientFunds, [.. request.Instructions.Select(i => new PlaceInstructionReport
            {
                Status = InstructionReportStatus.Failure, ErrorCode = InstructionErrorCodes.InsufficientFunds, Instruction = i,
            })]);
        }

        return null;
    }

    private string? InstructionError(PlaceInstruction instruction, SimMarket market)
    {
        if (instruction.OrderType != OrderType.Limit || instruction.LimitOrder is not { } limit)
        {
            return InstructionErrorCodes.InvalidOrderType;
        }

        if (market.Runner(instruction.SelectionId) is null)
        {
            return InstructionErrorCodes.InvalidRunner;
        }

        if (!BetfairTickLadder.IsTick((double)limit.Price) || limit.Price != Math.Round(limit.Price, 2))
        {
            return InstructionErrorCodes.InvalidOdds;
        }

        if (limit.Size <= 0 || limit.Size != Math.Round(limit.Size, 2)
            || (limit.Size < Exchange.MinimumStake && limit.Size * limit.Price < Exchange.MinimumPayout))
        {
            return InstructionErrorCodes.InvalidBetSize;
        }

        if (limit.PersistenceType is not (PersistenceType.Lapse or PersistenceType.Persist))
        {
            return InstructionErrorCodes.InvalidPersistenceType;
        }

        return instruction.CustomerOrderRef is { Length: > BetfairReferences.MaxLength } ? InstructionErrorCodes.InvalidCustomerOrderRef : null;
    }

    private async Task<bool> CanAffordAsync(PlaceOrdersRequest request, SimMarket market, CancellationToken cancellationToken)
    {
        var account = await db.Accounts.SingleAsync(cancellationToken);
        var open = await db.Orders.Where(o => o.SettledDate == null && (o.SizeMatched > 0 || o.Status == OrderStatus.Executable)).ToListAsync(cancellationToken);
        // The new orders count as wholly unmatched: the worst they can do before any of them matches.
        var proposed = request.Instructions.Select(i => new OrderRow
        {
            MarketId = market.MarketId, SelectionId = i.SelectionId, Side = i.Side, Price = i.LimitOrder!.Price, Size = i.LimitOrder.Size,
        });
        var exposure = Exposure.Total(open.Concat(proposed), RunnersOf);
        return exposure <= account.Balance;
    }

    private IReadOnlyList<long> RunnersOf(string marketId) =>
        MarketCatalog.Find(world.Definition, marketId)?.Runners.Select(r => r.SelectionId).ToList() ?? [];
}
