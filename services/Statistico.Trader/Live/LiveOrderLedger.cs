using Microsoft.EntityFrameworkCore;
using Npgsql;
using Statistico.Betfair;
using Statistico.Trader.Data;

namespace Statistico.Trader.Live;

/// <summary>
/// Reads and writes <see cref="LiveOrder"/> rows. Opening a row commits on its own connection, before any call, so the
/// fact "a call may have been made" survives whatever happens to the message's own transaction. Every later change
/// is a conditional update of an open row inside the caller's transaction, so exactly one writer concludes a reference
/// and publishes its outcome, however many copies of a message, resolvers and reconcilers meet it. ADR 0610.
/// </summary>
internal sealed class LiveOrderLedger(TraderDbContext db, IServiceScopeFactory scopes)
{
    private static readonly LiveOrderStatus[] Open = [LiveOrderStatus.Sending, LiveOrderStatus.InDoubt];

    public static bool IsOpen(LiveOrderStatus status) => Open.Contains(status);

    public Task<LiveOrder?> FindAsync(string customerOrderRef, CancellationToken cancellationToken) =>
        db.Set<LiveOrder>().AsNoTracking().SingleOrDefaultAsync(o => o.CustomerOrderRef == customerOrderRef, cancellationToken);

    /// <summary>
    /// Inserts and commits <paramref name="row"/> in a transaction of its own. False when the reference already has a
    /// row (another copy of the message, a replica or the reconciler got there first): then nothing may be placed.
    /// </summary>
    public async Task<bool> TryOpenAsync(LiveOrder row, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var own = scope.ServiceProvider.GetRequiredService<TraderDbContext>();
        own.Set<LiveOrder>().Add(row);
        try
        {
            await own.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException exception) when (exception.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            return false;
        }
    }

    /// <summary>Records that the exchange has the order; false when the reference was concluded already.</summary>
    public async Task<bool> ConcludePlacedAsync(string customerOrderRef, PlacedOrder order, DateTimeOffset now, CancellationToken cancellationToken) =>
        await OpenRow(customerOrderRef).ExecuteUpdateAsync(
            set => set.SetProperty(o => o.Status, LiveOrderStatus.Placed)
                .SetProperty(o => o.BetId, order.BetId)
                .SetProperty(o => o.SizeMatched, order.SizeMatched)
                .SetProperty(o => o.AveragePriceMatched, order.AveragePriceMatched)
                .SetProperty(o => o.ConcludedAt, now),
            cancellationToken) == 1;

    /// <summary>Records that there is certainly no order (rejected, or not placed); false when concluded already.</summary>
    public async Task<bool> ConcludeNotPlacedAsync(string customerOrderRef, LiveOrderStatus status, string errorCode, DateTimeOffset now, CancellationToken cancellationToken) =>
        await OpenRow(customerOrderRef).ExecuteUpdateAsync(
            set => set.SetProperty(o => o.Status, status).SetProperty(o => o.ErrorCode, errorCode).SetProperty(o => o.ConcludedAt, now),
            cancellationToken) == 1;

    /// <summary>
    /// Moves an open row to in doubt; the visibility window starts at its first doubt and is never restarted.
    /// Returns the row's doubt start, or null when the row was concluded meanwhile.
    /// </summary>
    public async Task<DateTimeOffset?> MarkInDoubtAsync(string customerOrderRef, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await OpenRow(customerOrderRef).Where(o => o.InDoubtSince == null)
            .ExecuteUpdateAsync(set => set.SetProperty(o => o.Status, LiveOrderStatus.InDoubt).SetProperty(o => o.InDoubtSince, now), cancellationToken);
        var row = await FindAsync(customerOrderRef, cancellationToken);
        return row is not null && IsOpen(row.Status) ? row.InDoubtSince : null;
    }

    private IQueryable<LiveOrder> OpenRow(string customerOrderRef) =>
        db.Set<LiveOrder>().Where(o => o.CustomerOrderRef == customerOrderRef
            && (o.Status == LiveOrderStatus.Sending || o.Status == LiveOrderStatus.InDoubt));
}
