using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Statistico.Trader.Data;

namespace Statistico.Trader.Strategies;

/// <summary>
/// The ACTIVE strategies as last read, shared by every decision of this process and read again once older than
/// <see cref="TraderOptions.ActiveStrategiesRefresh"/> or after this process changed a strategy (ADR 0618). Only the
/// unlocked price check uses it: a trade is signalled only on the strategy's locked row and only when that row is still
/// ACTIVE and at the version that was checked, so a stale list can skip or re-check an evaluation, never make a trade
/// the stored strategy would not.
/// </summary>
internal sealed class ActiveStrategies(IOptions<TraderOptions> options)
{
    private readonly Lock gate = new();
    private Snapshot? current;
    private long generation;

    /// <summary>The ACTIVE strategies, from memory when fresh enough, otherwise read through <paramref name="db"/>.</summary>
    public async Task<IReadOnlyList<Strategy>> GetAsync(TraderDbContext db, CancellationToken cancellationToken)
    {
        var refresh = options.Value.ActiveStrategiesRefresh;
        var snapshot = Volatile.Read(ref current);
        if (snapshot is not null && refresh > TimeSpan.Zero && Stopwatch.GetElapsedTime(snapshot.ReadAt) < refresh)
        {
            return snapshot.Strategies;
        }

        long startedIn;
        lock (gate)
        {
            startedIn = generation;
        }

        var readAt = Stopwatch.GetTimestamp();
        var strategies = await db.Strategies.AsNoTracking().Where(s => s.Status == StrategyStatus.Active).ToListAsync(cancellationToken);
        // A list read while a change was being made may predate it: keep it only when nothing was invalidated meanwhile.
        lock (gate)
        {
            if (generation == startedIn)
            {
                current = new Snapshot(strategies, readAt);
            }
        }

        return strategies;
    }

    /// <summary>Forgets the list: the next decision reads it again (a strategy was changed, here or as found under its lock).</summary>
    public void Invalidate()
    {
        lock (gate)
        {
            generation++;
            current = null;
        }
    }

    private sealed record Snapshot(IReadOnlyList<Strategy> Strategies, long ReadAt);
}
