using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Statistico.Simulator.Data;
using Statistico.Simulator.World;

namespace Statistico.Simulator.Clock;

/// <summary>
/// Loads, checkpoints and resets the persisted world: the seed, the clock and the account. A restart loads the same
/// seed (so the same fixtures and results) and continues the clock from its last checkpoint.
/// </summary>
public sealed class WorldStore(
    SimulatorDbContext db, CurrentWorld world, WorldFactory factory, WorldClock clock, Exchange.CatchUpMark mark, IOptions<SimulatorOptions> options)
{
    public async Task LoadOrCreateAsync(CancellationToken cancellationToken)
    {
        var state = await db.WorldState.SingleOrDefaultAsync(cancellationToken);
        if (state is null)
        {
            await ResetAsync(options.Value.Seed, cancellationToken);
            return;
        }

        mark.Clear();
        world.Replace(await factory.BuildAsync(state.Seed, cancellationToken), state.Seed);
        clock.Set(state.SimulatedTime, state.Speed, state.Paused);
    }

    /// <summary>A new world from <paramref name="seed"/>: orders, settlements and the account start again.</summary>
    public async Task ResetAsync(int seed, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var definition = await factory.BuildAsync(seed, cancellationToken);
        var start = settings.StartTime
            ?? (definition.FirstUpcomingKickOff is { } first ? first - (settings.StartBeforeFirstKickOff ?? settings.Exchange.MarketsOpenBefore) : DateTimeOffset.UnixEpoch);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Orders.ExecuteDeleteAsync(cancellationToken);
        await db.MarketSettlements.ExecuteDeleteAsync(cancellationToken);
        await db.LiquidityTaken.ExecuteDeleteAsync(cancellationToken);
        await db.CustomerRefs.ExecuteDeleteAsync(cancellationToken);
        await db.Accounts.ExecuteDeleteAsync(cancellationToken);
        await db.WorldState.ExecuteDeleteAsync(cancellationToken);
        db.Accounts.Add(new AccountRow { Username = settings.Exchange.Username, Balance = settings.Exchange.StartingBalance });
        db.WorldState.Add(new WorldStateRow { Seed = seed, SimulatedTime = start.ToUniversalTime(), Speed = settings.Speed, Paused = settings.StartPaused });
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        db.ChangeTracker.Clear();
        mark.Clear();
        world.Replace(definition, seed);
        clock.Set(start, settings.Speed, settings.StartPaused);
    }

    /// <summary>Saves the clock as it is now, so a restart continues from here.</summary>
    public async Task CheckpointAsync(CancellationToken cancellationToken)
    {
        var now = clock.Now;
        var speed = clock.Speed;
        var paused = clock.Paused;
        await db.WorldState.ExecuteUpdateAsync(
            s => s.SetProperty(w => w.SimulatedTime, now).SetProperty(w => w.Speed, speed).SetProperty(w => w.Paused, paused), cancellationToken);
    }
}
