using Microsoft.Extensions.Options;
using Statistico.Betfair.Api;

namespace Statistico.Betfair;

/// <summary>
/// placeOrders with exactly three outcomes (ADR 0204). Sent once; whenever the orders may exist without a report
/// saying so (lost or late answer, TIMEOUT, TIMEOUT_ERROR, UNEXPECTED_ERROR, DUPLICATE_TRANSACTION) they are looked
/// up by customerOrderRef: all found is placed, anything less is unknown. Rejected only when the exchange said no.
/// </summary>
internal sealed class OrderPlacer(BetfairRpc rpc, TransactionBudget budget, IOptions<BetfairOptions> options)
{
    public async Task<PlaceOutcome> PlaceAsync(PlaceOrdersRequest request, CancellationToken cancellationToken)
    {
        CustomerReferences.Require(request);
        budget.Reserve(request.Instructions.Count);
        PlaceExecutionReport report;
        try
        {
            report = await rpc.CallAsync<PlaceOrdersRequest, PlaceExecutionReport>(
                options.Value.BettingEndpoint, BetfairMethods.PlaceOrders, request, retry: false, cancellationToken);
        }
        catch (Exception) when (cancellationToken.IsCancellationRequested)
        {
            // The caller is stopping: no look-up now, the orders may exist.
            return Unknown(request, [], "the caller cancelled while placeOrders was in flight");
        }
        catch (BetfairApiException refused) when (refused is BetfairSessionException || !MayHaveActed(refused))
        {
            return new OrdersRejected(request.MarketId, request.CustomerRef!, refused.ErrorCode ?? refused.GetType().Name, []);
        }
        catch (Exception lost)
        {
            // Transport failure, timeout, unreadable answer, a re-send refused by the guard, or TIMEOUT_ERROR/UNEXPECTED_ERROR.
            return await LookUpAsync(request, $"placeOrders answer lost: {lost.GetType().Name}", cancellationToken);
        }

        return await ClassifyAsync(request, report, cancellationToken);
    }

    /// <summary>
    /// Current orders first; a reference not among them is looked for in cleared orders, where an order goes once it
    /// lapsed, was cancelled wholly unmatched (fill-or-kill), was voided or settled.
    /// </summary>
    public async Task<IReadOnlyList<PlacedOrder>> FindAsync(string marketId, IReadOnlyList<string> customerOrderRefs, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(customerOrderRefs);
        var endpoint = options.Value.BettingEndpoint;
        var current = await rpc.CallAsync<ListCurrentOrdersRequest, CurrentOrderSummaryReport>(
            endpoint,
            BetfairMethods.ListCurrentOrders,
            new ListCurrentOrdersRequest { MarketIds = [marketId], CustomerOrderRefs = customerOrderRefs, OrderProjection = OrderProjection.All },
            retry: true,
            cancellationToken);
        var found = current.CurrentOrders
            .Where(o => o.CustomerOrderRef is not null && customerOrderRefs.Contains(o.CustomerOrderRef))
            .OrderBy(o => o.PlacedDate)
            .Select(o => new PlacedOrder(o.CustomerOrderRef!, o.BetId, o.SizeMatched, o.AveragePriceMatched, o.Status))
            .ToList();
        var missing = customerOrderRefs.Where(r => found.All(o => o.CustomerOrderRef != r)).ToList();
        foreach (var status in missing.Count == 0 ? [] : Enum.GetValues<BetStatus>())
        {
            var cleared = await rpc.CallAsync<ListClearedOrdersRequest, ClearedOrderSummaryReport>(
                endpoint,
                BetfairMethods.ListClearedOrders,
                new ListClearedOrdersRequest(status) { MarketIds = [marketId], CustomerOrderRefs = missing },
                retry: true,
                cancellationToken);
            found.AddRange(cleared.ClearedOrders
                .Where(o => o.BetId is not null && o.CustomerOrderRef is not null && missing.Contains(o.CustomerOrderRef))
                .Select(o => new PlacedOrder(o.CustomerOrderRef!, o.BetId!, o.SizeSettled ?? 0m, o.PriceMatched, OrderStatus.ExecutionComplete)));
        }

        return found;
    }

    private async Task<PlaceOutcome> ClassifyAsync(PlaceOrdersRequest request, PlaceExecutionReport report, CancellationToken cancellationToken)
    {
        var reports = report.InstructionReports ?? [];
        if (report.Status == ExecutionReportStatus.Timeout || reports.Any(r => r.Status == InstructionReportStatus.Timeout))
        {
            return await LookUpAsync(request, "placeOrders reported TIMEOUT", cancellationToken);
        }

        if (report.ErrorCode == ExecutionErrorCodes.DuplicateTransaction)
        {
            // An earlier call with this customerRef reached the exchange within 60 s: its orders may exist.
            return await LookUpAsync(request, "DUPLICATE_TRANSACTION", cancellationToken);
        }

        var placed = reports.Where(r => r.Status == InstructionReportStatus.Success && r.BetId is not null)
            .Select(r => new PlacedOrder(r.Instruction.CustomerOrderRef!, r.BetId!, r.SizeMatched ?? 0m, r.AveragePriceMatched, r.OrderStatus))
            .ToList();
        var refused = reports.Where(r => r.Status == InstructionReportStatus.Failure)
            .Select(r => new RefusedInstruction(r.Instruction.CustomerOrderRef!, r.ErrorCode))
            .ToList();
        // FAILURE is atomic on Betfair (nothing placed); PROCESSED_WITH_ERRORS refusing every instruction is the same.
        if (placed.Count == 0 && (report.Status == ExecutionReportStatus.Failure || refused.Count == request.Instructions.Count))
        {
            return new OrdersRejected(request.MarketId, request.CustomerRef!, report.ErrorCode ?? "FAILURE", refused);
        }

        if (placed.Count + refused.Count == request.Instructions.Count && placed.Count > 0)
        {
            return new OrdersPlaced(request.MarketId, request.CustomerRef!, placed) { Refused = refused };
        }

        // A report that does not account for every instruction proves nothing about the rest.
        return await LookUpAsync(request, $"placeOrders answered {report.Status} without a report per instruction", cancellationToken);
    }

    private async Task<PlaceOutcome> LookUpAsync(PlaceOrdersRequest request, string reason, CancellationToken cancellationToken)
    {
        var refs = request.Instructions.Select(i => i.CustomerOrderRef!).ToList();
        IReadOnlyList<PlacedOrder> found;
        try
        {
            found = await FindAsync(request.MarketId, refs, cancellationToken);
        }
        catch (Exception exception)
        {
            return Unknown(request, [], $"{reason}; look-up failed: {exception.GetType().Name}");
        }

        return refs.All(r => found.Any(o => o.CustomerOrderRef == r))
            ? new OrdersPlaced(request.MarketId, request.CustomerRef!, found)
            : Unknown(request, found, $"{reason}; {found.Select(o => o.CustomerOrderRef).Distinct().Count()} of {refs.Count} orders found");
    }

    private static OrdersUnknown Unknown(PlaceOrdersRequest request, IReadOnlyList<PlacedOrder> found, string reason) =>
        new(request.MarketId, request.CustomerRef!, [.. request.Instructions.Select(i => i.CustomerOrderRef!)], found, reason);

    /// <summary>APING errors after which the exchange may have placed the orders (the rest refuse the call outright).</summary>
    private static bool MayHaveActed(BetfairApiException error) =>
        error.ErrorCode is ApingErrorCodes.TimeoutError or ApingErrorCodes.UnexpectedError || error.JsonRpcCode == -32603;
}
