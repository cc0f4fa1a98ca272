namespace Statistico.Simulator.DataProvider;

/// <summary>Sportmonks-style rate limit: a window opens at the first call and resets an hour later (wall clock).</summary>
public sealed class CallCounter(TimeProvider time)
{
    private readonly Lock gate = new();
    private DateTimeOffset windowStart;
    private int calls;

    /// <summary>Counts a call; false when the limit is already reached. Also says what is left and when it resets.</summary>
    public bool TryCount(int limit, out int remaining, out int resetsInSeconds)
    {
        lock (gate)
        {
            var now = time.GetUtcNow();
            if (calls == 0 || now - windowStart >= TimeSpan.FromHours(1))
            {
                windowStart = now;
                calls = 0;
            }

            resetsInSeconds = (int)Math.Ceiling((windowStart + TimeSpan.FromHours(1) - now).TotalSeconds);
            if (calls >= limit)
            {
                remaining = 0;
                return false;
            }

            calls++;
            remaining = limit - calls;
            return true;
        }
    }
}
