using MassTransit;
using Microsoft.Extensions.Options;
using Statistico.Betfair;
using Statistico.Betfair.Api;
using Statistico.Contracts.Trading;

namespace Statistico.Trader.Live;

/// <summary>
/// Settles a reference in doubt by looking it up (FindOrdersAsync: current orders, then cleared ones), never by placing.
/// Found → placed. Not found → in doubt until <see cref="LiveOrderOptions.NotPlacedAfter"/> has passed since the doubt
/// began, then concluded not placed (OrderRejected NOT_PLACED) for good: the intent is stale by then, so it is never
/// sent again (ADR 0611). A look-up that fails proves nothing and concludes nothing.
/// </summary>
internal sealed partial class LiveOrderResolver(
    LiveOrderLedger ledger, IBetfairClient betfair, TimeProvider clock, IOptions<TraderOptions> options, ILogger<LiveOrderResolver> logger)
{
    public const string NotPlacedCode = "NOT_PLACED";

    /// <summary>Resolves <paramref name="row"/>; returns when to look again, or null when it is concluded (here or by someone else).</summary>
    public async Task<DateTimeOffset?> ResolveAsync(IPublishEndpoint publish, LiveOrder row, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(row);
        if (!LiveOrderLedger.IsOpen(row.Status))
        {
            return null;
        }

        IReadOnlyList<PlacedOrder>? found;
        try
        {
            found = await betfair.FindOrdersAsync(row.MarketId, [row.CustomerOrderRef], cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            LogLookUpFailed(exception, row.CustomerOrderRef);
            found = null;
        }

        var now = clock.GetUtcNow();
        if (found?.Where(o => o.CustomerOrderRef == row.CustomerOrderRef).ToList() is { Count: > 0 } mine)
        {
            await PlacedAsync(publish, row, mine, now, cancellationToken);
            return null;
        }

        if (await ledger.MarkInDoubtAsync(row.CustomerOrderRef, now, cancellationToken) is not { } since)
        {
            return null;
        }

        var live = options.Value.Live;
        var deadline = since + live.NotPlacedAfter;
        if (found is not null && now >= deadline)
        {
            if (await ledger.ConcludeNotPlacedAsync(row.CustomerOrderRef, LiveOrderStatus.NotPlaced, NotPlacedCode, now, cancellationToken))
            {
                LogNotPlaced(row.CustomerOrderRef, row.TradeId, since);
                await publish.Publish(
                    new OrderRejected(row.TradeId, NotPlacedCode, now) { Detail = $"no order with reference {row.CustomerOrderRef} {live.NotPlacedAfter} after the doubt began; not sent again" },
                    cancellationToken);
            }

            return null;
        }

        var next = now + live.ResolveEvery;
        return found is not null && deadline < next ? deadline : next;
    }

    /// <summary>The exchange has the order: conclude the reference placed and report it, once.</summary>
    public async Task PlacedAsync(IPublishEndpoint publish, LiveOrder row, IReadOnlyList<PlacedOrder> mine, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(publish);
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(mine);
        if (mine.Count > 1)
        {
            // Two orders under one reference: real exposure the trade does not account for. Only a person can unwind it.
            LogDuplicateOrders(row.CustomerOrderRef, row.TradeId, string.Join(", ", mine.Select(o => o.BetId)));
        }

        var order = mine[0];
        if (await ledger.ConcludePlacedAsync(row.CustomerOrderRef, order, now, cancellationToken))
        {
            await publish.Publish(
                new OrderPlaced(row.TradeId, order.BetId, now) { SizeMatched = order.SizeMatched, AveragePriceMatched = order.SizeMatched > 0 ? order.AveragePriceMatched : null },
                cancellationToken);
            return;
        }

        if (await ledger.FindAsync(row.CustomerOrderRef, cancellationToken) is { Status: LiveOrderStatus.NotPlaced or LiveOrderStatus.Rejected or LiveOrderStatus.Refused })
        {
            await CancelOrphanAsync(row, order, cancellationToken);
        }
    }

    /// <summary>
    /// An order exists for a reference already concluded not placed (a call outlived the visibility window): its trade
    /// has ended, so nothing watches it. Cancel what is unmatched and raise the alarm; a matched part needs a person.
    /// </summary>
    private async Task CancelOrphanAsync(LiveOrder row, PlacedOrder order, CancellationToken cancellationToken)
    {
        LogOrphan(row.CustomerOrderRef, row.TradeId, order.BetId, order.SizeMatched);
        try
        {
            await betfair.CancelOrdersAsync(new CancelOrdersRequest(row.MarketId, [new CancelInstruction(order.BetId)]), cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            LogOrphanCancelFailed(exception, order.BetId);
        }
    }

    [LoggerMessage(LogLevel.Warning, "Look-up of order reference {CustomerOrderRef} failed; it stays in doubt")]
    private partial void LogLookUpFailed(Exception exception, string customerOrderRef);

    [LoggerMessage(LogLevel.Warning, "Order reference {CustomerOrderRef} of trade {TradeId} not found since {Since:O}: concluded NOT_PLACED")]
    private partial void LogNotPlaced(string customerOrderRef, Guid tradeId, DateTimeOffset since);

    [LoggerMessage(LogLevel.Critical, "Order reference {CustomerOrderRef} of trade {TradeId} has several orders at the exchange ({BetIds}): duplicate exposure")]
    private partial void LogDuplicateOrders(string customerOrderRef, Guid tradeId, string betIds);

    [LoggerMessage(LogLevel.Critical, "Order {BetId} exists for reference {CustomerOrderRef} of trade {TradeId}, concluded not placed ({SizeMatched} matched): cancelling its unmatched part")]
    private partial void LogOrphan(string customerOrderRef, Guid tradeId, string betId, decimal sizeMatched);

    [LoggerMessage(LogLevel.Critical, "Cancelling orphan order {BetId} failed")]
    private partial void LogOrphanCancelFailed(Exception exception, string betId);
}
