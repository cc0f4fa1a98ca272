using MassTransit;
using Microsoft.Extensions.Options;
using Statistico.Betfair;
using Statistico.Contracts.Trading;
using Statistico.Trader.Trading;

namespace Statistico.Trader.Live;

/// <summary>
/// The exchange LIVE trades' orders go to (<see cref="OrderEndpoints.Live"/>). A PlaceOrder first commits its
/// reference's ledger row on its own, then makes the one call; whoever finds the row already there (a redelivery, a
/// duplicate, a restart after a crash, another replica) never places, but reports the recorded outcome or resolves the
/// doubt by look-up. Answers with the same events as the paper exchange. ADR 0610.
/// </summary>
internal sealed partial class LiveExchange(
    LiveOrderLedger ledger,
    LiveOrderGate gate,
    LiveOrderSender sender,
    LiveOrderResolver resolver,
    LiveOrderCanceller canceller,
    TimeProvider clock,
    IOptions<TraderOptions> options,
    ILogger<LiveExchange> logger) : IConsumer<PlaceOrder>, IConsumer<CancelOrder>, IConsumer<ResolveLiveOrder>
{
    public async Task Consume(ConsumeContext<PlaceOrder> context)
    {
        var order = context.Message;
        var cancellationToken = context.CancellationToken;
        if (order.CustomerReference != TradeReferences.CustomerOrderRef(order.TradeId))
        {
            // Not the saga's: its reference would escape the one-row-per-trade rule. Dropped, and said so.
            LogForeignReference(order.TradeId, order.CustomerReference);
            return;
        }

        var row = await ledger.FindAsync(order.CustomerReference, cancellationToken);
        if (row is null)
        {
            var refusal = await gate.RefusalAsync(order, cancellationToken);
            var fresh = NewRow(order, refusal);
            if (await ledger.TryOpenAsync(fresh, cancellationToken))
            {
                if (refusal is not null)
                {
                    await context.Publish(new OrderRejected(order.TradeId, refusal.Code, fresh.CreatedAt) { Detail = refusal.Detail }, cancellationToken);
                }
                else if (await sender.SendAsync(context, fresh))
                {
                    await ScheduleResolveAsync(context, fresh, clock.GetUtcNow() + options.Value.Live.ResolveEvery);
                }

                return;
            }

            row = await ledger.FindAsync(order.CustomerReference, cancellationToken)
                ?? throw new InvalidOperationException($"The ledger row of {order.CustomerReference} was taken and then not found.");
        }

        // A call may have been made for this reference already: report what is recorded, or resolve by look-up.
        LogAlreadyHandled(order.CustomerReference, row.Status);
        await ResumeAsync(context, row);
    }

    public Task Consume(ConsumeContext<CancelOrder> context) => canceller.CancelAsync(context);

    public async Task Consume(ConsumeContext<ResolveLiveOrder> context)
    {
        if (await ledger.FindAsync(context.Message.CustomerOrderRef, context.CancellationToken) is { } row)
        {
            await ResumeAsync(context, row, republish: false);
        }
    }

    private async Task ResumeAsync(ConsumeContext context, LiveOrder row, bool republish = true)
    {
        var cancellationToken = context.CancellationToken;
        var now = clock.GetUtcNow();
        switch (row.Status)
        {
            case LiveOrderStatus.Sending or LiveOrderStatus.InDoubt:
                if (await resolver.ResolveAsync(context, row, cancellationToken) is { } next)
                {
                    await ScheduleResolveAsync(context, row, next);
                }

                break;
            case LiveOrderStatus.Placed when republish:
                // The saga ignores what it has heard; a trade that missed it hears it now.
                await context.Publish(new OrderPlaced(row.TradeId, row.BetId!, now) { SizeMatched = row.SizeMatched, AveragePriceMatched = row.AveragePriceMatched }, cancellationToken);
                break;
            case LiveOrderStatus.Refused or LiveOrderStatus.Rejected or LiveOrderStatus.NotPlaced when republish:
                await context.Publish(new OrderRejected(row.TradeId, row.ErrorCode ?? row.Status.ToString(), now), cancellationToken);
                break;
        }
    }

    private static async Task ScheduleResolveAsync(ConsumeContext context, LiveOrder row, DateTimeOffset at) =>
        await context.ScheduleSend(new Uri($"queue:{OrderEndpoints.Live}"), at.UtcDateTime, new ResolveLiveOrder(row.TradeId, row.CustomerOrderRef));

    private LiveOrder NewRow(PlaceOrder order, LiveOrderRefusal? refusal) => new()
    {
        CustomerOrderRef = order.CustomerReference,
        TradeId = order.TradeId,
        MarketId = order.ExchangeMarketId,
        SelectionId = order.RunnerId ?? 0,
        Side = order.Side,
        Price = order.Price,
        Size = order.Size,
        CustomerRef = TradeReferences.CustomerRef(order.TradeId, 1),
        Status = refusal is null ? LiveOrderStatus.Sending : LiveOrderStatus.Refused,
        ErrorCode = refusal?.Code,
        CreatedAt = clock.GetUtcNow(),
        ConcludedAt = refusal is null ? null : clock.GetUtcNow(),
    };

    [LoggerMessage(LogLevel.Error, "PlaceOrder for trade {TradeId} carries reference {Reference}, not the trade's own: dropped")]
    private partial void LogForeignReference(Guid tradeId, string reference);

    [LoggerMessage(LogLevel.Information, "Order reference {CustomerOrderRef} is already {Status}: not placed again")]
    private partial void LogAlreadyHandled(string customerOrderRef, LiveOrderStatus status);
}
