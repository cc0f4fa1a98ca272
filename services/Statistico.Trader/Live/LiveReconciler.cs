using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Statistico.Betfair;
using Statistico.Contracts.Trading;
using Statistico.Trader.Data;
using Statistico.Trader.Strategies;
using Statistico.Trader.Trading;

namespace Statistico.Trader.Live;

/// <summary>
/// Compares the LIVE trades still waiting for their order (Signalled) with the exchange by customer reference and
/// repairs them: an order the exchange has moves its trade to Placed; a reference in doubt is resolved; a trade whose
/// intent has gone stale without ever reaching the exchange gets its reference closed, so a PlaceOrder still queued
/// somewhere can never place it, and is then concluded not placed like any other doubt. Then the trades with orders are
/// brought up to date by the order monitor. Runs at start and on a schedule; every step is idempotent. ADR 0612.
/// </summary>
internal sealed partial class LiveReconciler(
    TraderDbContext db,
    LiveOrderLedger ledger,
    LiveOrderResolver resolver,
    LiveOrderMonitor monitor,
    IBetfairClient betfair,
    IPublishEndpoint publish,
    TimeProvider clock,
    IOptions<TraderOptions> options,
    ILogger<LiveReconciler> logger)
{
    public async Task ReconcileAsync(CancellationToken cancellationToken)
    {
        var live = options.Value.Live;
        var settled = clock.GetUtcNow() - live.ReconcileAfter;
        var waiting = await db.Trades.AsNoTracking()
            .Where(t => t.Mode == StrategyMode.Live && t.CurrentState == "Signalled" && t.SignalledAt <= settled && t.ExchangeMarketId != null)
            .ToListAsync(cancellationToken);
        foreach (var market in waiting.GroupBy(t => t.ExchangeMarketId!))
        {
            var found = await betfair.FindOrdersAsync(market.Key, [.. market.Select(t => t.CustomerOrderRef)], cancellationToken);
            foreach (var trade in market)
            {
                await RepairAsync(trade, [.. found.Where(o => o.CustomerOrderRef == trade.CustomerOrderRef)], cancellationToken);
            }
        }

        await monitor.PollAsync(cancellationToken);
    }

    private async Task RepairAsync(TradeState trade, List<PlacedOrder> mine, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var row = await ledger.FindAsync(trade.CustomerOrderRef, cancellationToken);
        if (row is null)
        {
            if (mine.Count == 0 && now - trade.SignalledAt < options.Value.Live.StaleIntentAfter)
            {
                return; // its PlaceOrder may still be on its way, and would be sent fresh
            }

            // Close the reference before anything else: from here no copy of the PlaceOrder can place it.
            await ledger.TryOpenAsync(ClosedRow(trade, now), cancellationToken);
            row = await ledger.FindAsync(trade.CustomerOrderRef, cancellationToken);
            if (row is null)
            {
                return;
            }
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (mine.Count > 0)
        {
            LogRepaired(trade.CorrelationId, trade.CustomerOrderRef, mine[0].BetId);
            await resolver.PlacedAsync(publish, row, mine, now, cancellationToken);
            if (row.Status == LiveOrderStatus.Placed)
            {
                // Concluded placed long ago, yet the trade still waits: tell it again (it ignores what it has heard).
                await publish.Publish(new OrderPlaced(trade.CorrelationId, mine[0].BetId, now) { SizeMatched = mine[0].SizeMatched, AveragePriceMatched = mine[0].AveragePriceMatched }, cancellationToken);
            }
        }
        else if (LiveOrderLedger.IsOpen(row.Status))
        {
            await resolver.ResolveAsync(publish, row, cancellationToken);
        }
        else if (row.Status is LiveOrderStatus.Refused or LiveOrderStatus.Rejected or LiveOrderStatus.NotPlaced)
        {
            await publish.Publish(new OrderRejected(trade.CorrelationId, row.ErrorCode ?? row.Status.ToString(), now), cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private static LiveOrder ClosedRow(TradeState trade, DateTimeOffset now) => new()
    {
        CustomerOrderRef = trade.CustomerOrderRef,
        TradeId = trade.CorrelationId,
        MarketId = trade.ExchangeMarketId!,
        SelectionId = trade.RunnerId ?? 0,
        Side = trade.Side,
        Price = trade.Price,
        Size = trade.Stake,
        CustomerRef = TradeReferences.CustomerRef(trade.CorrelationId, 1),
        Status = LiveOrderStatus.InDoubt,
        CreatedAt = now,
        InDoubtSince = now,
    };

    [LoggerMessage(LogLevel.Warning, "Reconciliation: trade {TradeId} was still Signalled but the exchange has order {BetId} for {CustomerOrderRef}")]
    private partial void LogRepaired(Guid tradeId, string customerOrderRef, string betId);
}
