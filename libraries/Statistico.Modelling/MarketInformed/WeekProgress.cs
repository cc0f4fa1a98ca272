namespace Statistico.Modelling.MarketInformed;

/// <summary>
/// Which weeks of the market-informed walk-forward have both pools fitted, and which week is the next to forecast:
/// lets a pool walk that has finished forecast the weeks the other walk has already fitted, while it goes on
/// (MarketInformedWalkForward). Each week is handed out once; a taker waits (without spinning) until both pools of
/// its week are fitted, or gives up once both walks have ended without fitting it (one of them failed, and its
/// exception is what the caller sees).
/// </summary>
internal sealed class WeekProgress(int weeks)
{
    private const int Pools = 2;
    // A plain object, not a Lock: the waits need Monitor.Wait and Monitor.PulseAll.
    private readonly object _gate = new();
    private readonly int[] _fitted = new int[weeks];
    private int _next = -1;
    private int _walksFinished;

    /// <summary>One pool of week <paramref name="week"/> is fitted (its pool stored before this call).</summary>
    public void PoolFitted(int week)
    {
        if (Interlocked.Increment(ref _fitted[week]) == Pools)
        {
            lock (_gate)
            {
                Monitor.PulseAll(_gate);
            }
        }
    }

    /// <summary>A pool walk has ended, normally or not.</summary>
    public void WalkFinished()
    {
        Interlocked.Increment(ref _walksFinished);
        lock (_gate)
        {
            Monitor.PulseAll(_gate);
        }
    }

    /// <summary>The next week to forecast, once both its pools are fitted; null when every week is taken (or a walk failed).</summary>
    public int? NextWeekToForecast()
    {
        var week = Interlocked.Increment(ref _next);
        if (week >= _fitted.Length)
        {
            return null;
        }

        lock (_gate)
        {
            while (Volatile.Read(ref _fitted[week]) < Pools)
            {
                if (Volatile.Read(ref _walksFinished) == Pools)
                {
                    return null;
                }

                Monitor.Wait(_gate);
            }
        }

        return week;
    }
}
