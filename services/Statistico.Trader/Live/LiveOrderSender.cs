using MassTransit;
using Statistico.Betfair;
using Statistico.Betfair.Api;
using Statistico.Contracts.Trading;
using ApiSide = Statistico.Betfair.Api.Side;

namespace Statistico.Trader.Live;

/// <summary>
/// The one placeOrders call of a reference whose ledger row this consumer has just committed, and its outcome:
/// placed → OrderPlaced; rejected → OrderRejected with the exchange's code; unknown → in doubt, resolved by look-up
/// (<see cref="LiveOrderResolver"/>). The outcome is recorded in the message's transaction with the event it publishes.
/// </summary>
internal sealed partial class LiveOrderSender(
    IBetfairClient betfair, LiveOrderLedger ledger, LiveOrderResolver resolver, TimeProvider clock, ILogger<LiveOrderSender> logger)
{
    /// <summary>Sends <paramref name="row"/>'s order; true when its outcome is in doubt and it must be looked up later.</summary>
    public async Task<bool> SendAsync(ConsumeContext<PlaceOrder> context, LiveOrder row)
    {
        var cancellationToken = context.CancellationToken;
        var request = new PlaceOrdersRequest(
            row.MarketId,
            [new PlaceInstruction(OrderType.Limit, row.SelectionId, row.Side == Contracts.Trading.Side.Back ? ApiSide.Back : ApiSide.Lay,
                new LimitOrder(row.Size, row.Price, context.Message.PersistInPlay ? PersistenceType.Persist : PersistenceType.Lapse))
            {
                CustomerOrderRef = row.CustomerOrderRef,
            }],
            row.CustomerRef);
        PlaceOutcome outcome;
        try
        {
            outcome = await betfair.PlaceOrdersAsync(request, cancellationToken);
        }
        catch (BetfairTransactionLimitException exception)
        {
            return await RejectAsync(context, row, "TRANSACTION_BUDGET", exception.Message);
        }
        catch (ArgumentException exception)
        {
            return await RejectAsync(context, row, "INVALID_ORDER", exception.Message);
        }

        var now = clock.GetUtcNow();
        switch (outcome)
        {
            case OrdersPlaced placed when placed.Orders.Where(o => o.CustomerOrderRef == row.CustomerOrderRef).ToList() is { Count: > 0 } mine:
                await resolver.PlacedAsync(context, row, mine, now, cancellationToken);
                return false;
            case OrdersRejected rejected:
                var code = rejected.Instructions.FirstOrDefault(i => i.ErrorCode is not null)?.ErrorCode ?? rejected.ErrorCode;
                return await RejectAsync(context, row, code, $"the exchange refused the order ({rejected.ErrorCode})");
            case OrdersUnknown unknown when unknown.Found.Where(o => o.CustomerOrderRef == row.CustomerOrderRef).ToList() is { Count: > 0 } found:
                await resolver.PlacedAsync(context, row, found, now, cancellationToken);
                return false;
            default:
                LogInDoubt(row.CustomerOrderRef, row.TradeId, (outcome as OrdersUnknown)?.Reason ?? outcome.GetType().Name);
                // The call has returned, so nothing of ours is still in flight: the visibility window starts now.
                return await ledger.MarkInDoubtAsync(row.CustomerOrderRef, now, cancellationToken) is not null;
        }
    }

    private async Task<bool> RejectAsync(ConsumeContext context, LiveOrder row, string code, string detail)
    {
        var now = clock.GetUtcNow();
        if (await ledger.ConcludeNotPlacedAsync(row.CustomerOrderRef, LiveOrderStatus.Rejected, code, now, context.CancellationToken))
        {
            await context.Publish(new OrderRejected(row.TradeId, code, now) { Detail = detail }, context.CancellationToken);
        }

        return false;
    }

    [LoggerMessage(LogLevel.Warning, "Order reference {CustomerOrderRef} of trade {TradeId} is in doubt ({Reason}): resolving by look-up")]
    private partial void LogInDoubt(string customerOrderRef, Guid tradeId, string reason);
}
