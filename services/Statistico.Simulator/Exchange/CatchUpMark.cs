namespace Statistico.Simulator.Exchange;

/// <summary>
/// The world time this instance last brought every order up to. Catch-up only does something when world time moves
/// (flow, lapse at kick-off, settlement at full time all wait on the clock; an order placed since is at that time by
/// construction), so a second catch-up at the same time is skipped instead of re-reading every resting and unsettled
/// order: with the clock paused that read made each exchange call cost as much as all orders placed before it. Read
/// and written inside the <see cref="Clock.WorldGate"/> only; cleared when the world is reset or loaded.
/// </summary>
public sealed class CatchUpMark
{
    private DateTimeOffset? caughtUpTo;

    public bool IsAt(DateTimeOffset now) => caughtUpTo == now;

    public void Set(DateTimeOffset now) => caughtUpTo = now;

    public void Clear() => caughtUpTo = null;
}
