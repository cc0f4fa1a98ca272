using MassTransit;
using Microsoft.EntityFrameworkCore;
using Statistico.Betfair;
using Statistico.Betfair.Api;
using Statistico.Contracts.Trading;
using Statistico.Trader.Data;

namespace Statistico.Trader.Live;

/// <summary>
/// cancelOrders for a trade's order, then the order as the exchange now shows it. The cancel's own answer is not the
/// truth for the trade: the order may have matched (in part) before the cancel reached it, or lapsed, in which case
/// the exchange answers BET_TAKEN_OR_LAPSED. So the trade hears a match first, and the cancel only once the match is
/// recorded (<see cref="ExchangeOrderEvents"/>); the monitor's next pass finishes what this one leaves.
/// A full cancel is safe to repeat (the client retries it; a redelivery sends it again): it moves no money twice.
/// </summary>
internal sealed partial class LiveOrderCanceller(
    TraderDbContext db, LiveOrderLedger ledger, IBetfairClient betfair, LiveClearedOrders cleared, TimeProvider clock, ILogger<LiveOrderCanceller> logger)
{
    public async Task CancelAsync(ConsumeContext<CancelOrder> context)
    {
        var cancel = context.Message;
        var cancellationToken = context.CancellationToken;
        var trade = await db.Trades.AsNoTracking().SingleOrDefaultAsync(t => t.CorrelationId == cancel.TradeId, cancellationToken);
        var row = trade is null ? null : await ledger.FindAsync(trade.CustomerOrderRef, cancellationToken);
        var betId = cancel.BetId is { Length: > 0 } ? cancel.BetId : row?.BetId;
        var marketId = cancel.ExchangeMarketId is { Length: > 0 } ? cancel.ExchangeMarketId : row?.MarketId;
        if (trade is null || betId is null || marketId is null)
        {
            LogNothingToCancel(cancel.TradeId);
            return;
        }

        var report = await betfair.CancelOrdersAsync(new CancelOrdersRequest(marketId, [new CancelInstruction(betId)]), cancellationToken);
        LogCancelAnswered(betId, report.Status, (report.InstructionReports.Count > 0 ? report.InstructionReports[0].ErrorCode : null) ?? report.ErrorCode);

        var now = clock.GetUtcNow();
        var current = await betfair.ListCurrentOrdersAsync(
            new ListCurrentOrdersRequest { MarketIds = [marketId], BetIds = [betId], OrderProjection = OrderProjection.All }, cancellationToken);
        var events = current.CurrentOrders.FirstOrDefault(o => o.BetId == betId) is { } order
            ? ExchangeOrderEvents.For(trade, ExchangeOrderView.From(order), now)
            : await cleared.EventsForAsync([trade], now, cancellationToken);
        foreach (var message in events)
        {
            await context.Publish(message, cancellationToken);
        }
    }

    [LoggerMessage(LogLevel.Warning, "Cancel for trade {TradeId}: no order known to cancel")]
    private partial void LogNothingToCancel(Guid tradeId);

    [LoggerMessage(LogLevel.Information, "cancelOrders for bet {BetId} answered {Status} {ErrorCode}")]
    private partial void LogCancelAnswered(string betId, ExecutionReportStatus status, string? errorCode);
}
