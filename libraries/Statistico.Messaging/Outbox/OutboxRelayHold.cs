using Microsoft.Extensions.Options;

namespace Statistico.Messaging.Outbox;

/// <summary>
/// Lets a bulk write (a backfill upload) hold this process's outbox relay back until it is done, so the two do not
/// share the CPU: the write's events are committed with it and delivered right after. A hold lasts while any holder
/// is open plus <see cref="OutboxOptions.HoldQuietPeriod"/> (back-to-back uploads count as one), and never longer
/// than <see cref="OutboxOptions.MaxHold"/> from its start, so live events are never kept back for long. Only this
/// process's relay waits; another replica's relay delivers as usual.
/// </summary>
public sealed class OutboxRelayHold(IOptions<OutboxOptions> options, TimeProvider time)
{
    private readonly Lock gate = new();
    private int holders;
    private long heldSince;
    private long releasedAt = long.MinValue;

    /// <summary>Holds the relay back until the returned handle is disposed (and the quiet period has passed).</summary>
    public IDisposable Hold()
    {
        lock (gate)
        {
            var now = time.GetTimestamp();
            if (holders == 0 && !InQuietPeriod(now))
            {
                heldSince = now;
            }

            holders++;
        }

        return new Handle(this);
    }

    /// <summary>Whether the relay should hold back now.</summary>
    public bool IsHeld
    {
        get
        {
            lock (gate)
            {
                var now = time.GetTimestamp();
                return (holders > 0 || InQuietPeriod(now)) && time.GetElapsedTime(heldSince, now) < options.Value.MaxHold;
            }
        }
    }

    /// <summary>Waits while the relay is held back.</summary>
    public async Task WaitWhileHeldAsync(CancellationToken cancellationToken)
    {
        while (IsHeld)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(100), time, cancellationToken);
        }
    }

    private bool InQuietPeriod(long now) =>
        releasedAt != long.MinValue && time.GetElapsedTime(releasedAt, now) < options.Value.HoldQuietPeriod;

    private void Release()
    {
        lock (gate)
        {
            holders--;
            releasedAt = time.GetTimestamp();
        }
    }

    private sealed class Handle(OutboxRelayHold owner) : IDisposable
    {
        private int disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref disposed, 1) == 0)
            {
                owner.Release();
            }
        }
    }
}
