using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Statistico.Betfair.Api;
using Statistico.Modelling.Pricing;
using Statistico.Simulator.Clock;
using Statistico.Simulator.Data;
using Statistico.Simulator.World;

namespace Statistico.Simulator.Exchange;

/// <summary>
/// placeOrders and cancelOrders as Betfair answers them. All instructions of a call succeed or none does; a malformed
/// customerRef is INVALID_INPUT_DATA; a customerRef submitted again within the window of its last accepted submission
/// is DUPLICATE_TRANSACTION, whatever became of that submission (ADR 0205); every change (orders, liquidity taken, the
/// customerRef) is committed in one transaction before the report goes out.
/// </summary>
public sealed class OrderPlacement(
    SimulatorDbContext db, CurrentWorld world, WorldClock clock, ExchangeCatchUp catchUp, OrderMatcher matcher,
    IOptions<SimulatorOptions> options, TimeProvider wallClock)
{
    private const int MaxInstructions = 200;

    private ExchangeOptions Exchange => options.Value.Exchange;

    public async Task<PlaceExecutionReport> PlaceAsync(PlaceOrdersRequest request, CancellationToken cancellationToken)
    {
        var now = clock.Now;
        await catchUp.RunAsync(now, cancellationToken);
        var report = new PlaceExecutionReport { CustomerRef = request.CustomerRef, MarketId = request.MarketId, Status = ExecutionReportStatus.Failure };
        BetfairReferences.Check(request);
        if (request.CustomerRef is { Length: > 0 } customerRef && await IsDuplicateAsync(customerRef, cancellationToken))
        {
            return report with { ErrorCode = ExecutionErrorCodes.DuplicateTransaction };
        }

        var failure = await ValidateAsync(request, now, cancellationToken);
        if (failure is not null)
        {
            await db.SaveChangesAsync(cancellationToken);
            return failure with { CustomerRef = request.CustomerRef, MarketId = request.MarketId };
        }

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

        // The orders exist only once this commit succeeds; only then is the report sent.
        await db.SaveChangesAsync(cancellationToken);
        return report with { Status = ExecutionReportStatus.Success, InstructionReports = reports };
    }

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
            await MoveQueueUpAsync(order, size, cancellationToken);
            order.SizeCancelled += size;
            order.CancelledDate = now;
            if (order.SizeRemaining <= 0)
            {
                order.Status = OrderStatus.ExecutionComplete;
            }

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

    private async Task<bool> IsDuplicateAsync(string customerRef, CancellationToken cancellationToken)
    {
        var wallNow = wallClock.GetUtcNow();
        var seen = await db.CustomerRefs.FindAsync([customerRef], cancellationToken);
        if (seen is not null && wallNow - seen.SubmittedAt < Exchange.DuplicateWindow)
        {
            return true;
        }

        if (seen is null)
        {
            db.CustomerRefs.Add(new CustomerRefRow { CustomerRef = customerRef, SubmittedAt = wallNow });
        }
        else
        {
            seen.SubmittedAt = wallNow;
        }

        return false;
    }

    /// <summary>A failure report, or null when every instruction can be placed.</summary>
    private async Task<PlaceExecutionReport?> ValidateAsync(PlaceOrdersRequest request, DateTimeOffset now, CancellationToken cancellationToken)
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

    /// <summary>Own earlier orders resting at the same price are ahead in the queue (catch-up loaded every executable order).</summary>
    private decimal QueuedOwnOrders(OrderRow order) =>
        db.Orders.Local.Where(o => o != order && o.MarketId == order.MarketId && o.SelectionId == order.SelectionId && o.Side == order.Side
            && o.Price == order.Price && o.Status == OrderStatus.Executable).Sum(o => o.SizeRemaining);
}
