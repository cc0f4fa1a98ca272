namespace Statistico.Simulator.Clock;

/// <summary>
/// Simulated UTC time: an anchor (simulated time at a wall-clock instant) plus wall time elapsed × speed while running.
/// Wall time comes from <see cref="TimeProvider"/> so tests can drive it by hand.
/// </summary>
public sealed class WorldClock(TimeProvider wall)
{
    private readonly Lock gate = new();
    private DateTimeOffset anchorSimulated;
    private DateTimeOffset anchorWall;
    private double speed = 1;
    private bool paused = true;

    public DateTimeOffset Now
    {
        get
        {
            lock (gate)
            {
                return Current();
            }
        }
    }

    public double Speed
    {
        get
        {
            lock (gate)
            {
                return speed;
            }
        }
    }

    public bool Paused
    {
        get
        {
            lock (gate)
            {
                return paused;
            }
        }
    }

    /// <summary>Sets the clock to <paramref name="simulated"/> now, running at <paramref name="newSpeed"/> unless paused.</summary>
    public void Set(DateTimeOffset simulated, double newSpeed, bool isPaused)
    {
        if (!(newSpeed > 0) || double.IsInfinity(newSpeed))
        {
            throw new ArgumentOutOfRangeException(nameof(newSpeed), newSpeed, "Speed must be a positive number.");
        }

        lock (gate)
        {
            anchorSimulated = simulated.ToUniversalTime();
            anchorWall = wall.GetUtcNow();
            speed = newSpeed;
            paused = isPaused;
        }
    }

    public void Pause() => Change(p => (p.Simulated, p.Speed, true));

    public void Resume() => Change(p => (p.Simulated, p.Speed, false));

    public void SetSpeed(double newSpeed) => Change(p => (p.Simulated, newSpeed, p.Paused));

    /// <summary>Jumps forward by <paramref name="by"/> simulated time (for tests and demos).</summary>
    public void Advance(TimeSpan by)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(by, TimeSpan.Zero);
        Change(p => (p.Simulated + by, p.Speed, p.Paused));
    }

    private void Change(Func<(DateTimeOffset Simulated, double Speed, bool Paused), (DateTimeOffset, double, bool)> change)
    {
        (DateTimeOffset, double, bool) next;
        lock (gate)
        {
            next = change((Current(), speed, paused));
        }

        Set(next.Item1, next.Item2, next.Item3);
    }

    private DateTimeOffset Current() =>
        paused ? anchorSimulated : anchorSimulated + ((wall.GetUtcNow() - anchorWall) * speed);
}
