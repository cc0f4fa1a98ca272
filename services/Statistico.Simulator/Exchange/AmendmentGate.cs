using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Statistico.Betfair.Api;
using Statistico.Simulator.Clock;
using Statistico.Simulator.Data;
using Statistico.Simulator.World;

namespace Statistico.Simulator.Exchange;

/// <summary>
/// The opening every call that amends existing bets shares (replaceOrders, updateOrders): the exchange caught up to
/// now, a repeated customerRef refused as DUPLICATE_TRANSACTION, the market open for betting, and the bets the
/// instructions name, read on that market only.
/// </summary>
public sealed class AmendmentGate(
    SimulatorDbContext db, CurrentWorld world, WorldClock clock, ExchangeCatchUp catchUp, CustomerRefWindow customerRefs, IOptions<SimulatorOptions> options)
{
    public async Task<AmendedBets> OpenAsync(string marketId, string? customerRef, IReadOnlyList<string> betIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(betIds);
        var now = clock.Now;
        await catchUp.RunAsync(now, cancellationToken);
        if (customerRef is { Length: > 0 } && await customerRefs.IsDuplicateAsync(customerRef, cancellationToken))
        {
            return new AmendedBets(null, ExecutionErrorCodes.DuplicateTransaction, [], now);
        }

        var (market, refused) = betIds.Count == 0
            ? (null, ExecutionErrorCodes.InvalidOrder)
            : MarketGate.Open(world.Definition, marketId, now, options.Value.Exchange);
        if (market is null)
        {
            // The customerRef is spent even when the call is refused, as on Betfair.
            await db.SaveChangesAsync(cancellationToken);
            return new AmendedBets(null, refused, [], now);
        }

        var orders = new List<OrderRow?>();
        foreach (var id in betIds)
        {
            orders.Add(long.TryParse(id, out var betId)
                ? await db.Orders.FirstOrDefaultAsync(o => o.BetId == betId && o.MarketId == market.MarketId, cancellationToken)
                : null);
        }

        return new AmendedBets(market, null, orders, now);
    }
}
