using Microsoft.Extensions.Logging;

namespace Statistico.Leases;

/// <summary>
/// Runs a piece of work on the one replica holding an <see cref="AdvisoryLease"/> (ADR 0306, ADR 0617). While the work
/// is wanted, a replica without the lease tries to take it every <see cref="LeaseTimings.Retry"/>; the holder starts the
/// work and confirms the lease every <see cref="LeaseTimings.Check"/> on the lease's own session. When a confirmation
/// fails (session killed, cut or silent), the host stops, or the work ends by itself, the holder stops being
/// <see cref="Leading"/>, cancels the work and waits for it to end, and only then gives the session up: the next holder
/// cannot start while this one still works, except for the at most one <see cref="LeaseTimings.Check"/> in which a
/// holder cut off from Postgres has not yet found out (the server keeps the lock about 25 s longer than that).
/// </summary>
public sealed partial class LeaseHolder(AdvisoryLease lease, TimeProvider time, ILogger logger)
{
    private volatile bool leading;
    private int terms;

    /// <summary>Whether this replica holds the lease and its work runs.</summary>
    public bool Leading => leading;

    /// <summary>How many times this replica has taken the lease.</summary>
    public int Terms => Volatile.Read(ref terms);

    public long Key => lease.Key;

    /// <summary>
    /// Until <paramref name="stoppingToken"/> is cancelled (then throws <see cref="OperationCanceledException"/>): take the
    /// lease whenever <paramref name="wanted"/> says the work is wanted, and run <paramref name="work"/> while it is held.
    /// The work is given a token cancelled when the lease ends; it should run until then.
    /// </summary>
    public async Task RunAsync(Func<LeaseTimings> timings, Func<bool> wanted, Func<CancellationToken, Task> work, CancellationToken stoppingToken)
    {
        ArgumentNullException.ThrowIfNull(timings);
        ArgumentNullException.ThrowIfNull(wanted);
        ArgumentNullException.ThrowIfNull(work);
        while (!stoppingToken.IsCancellationRequested)
        {
            // Not wanted: no lease taken, no database session held for it.
            if (!wanted() || !await lease.TryTakeAsync(stoppingToken))
            {
                await Task.Delay(timings().Retry, time, stoppingToken);
                continue;
            }

            await HoldAsync(timings, work, stoppingToken);
        }

        stoppingToken.ThrowIfCancellationRequested();
    }

    private async Task HoldAsync(Func<LeaseTimings> timings, Func<CancellationToken, Task> work, CancellationToken stoppingToken)
    {
        using var term = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        Interlocked.Increment(ref terms);
        leading = true;
        LogTaken(lease.Key);
        var working = WorkAsync(work, term.Token);
        try
        {
            while (!working.IsCompleted && await lease.ConfirmAsync(stoppingToken))
            {
                await Task.WhenAny(working, Task.Delay(timings().Check, time, stoppingToken));
                stoppingToken.ThrowIfCancellationRequested();
            }

            if (working.IsCompleted)
            {
                LogWorkEnded(lease.Key);
            }
            else
            {
                LogLost(lease.Key);
            }
        }
        finally
        {
            // Stop leading before the work is cancelled, and give the session up only once the work has ended.
            leading = false;
            await term.CancelAsync();
            await working;
            await lease.ReleaseAsync();
        }

        // The work ended by itself: give another replica (or this one, after a pause) the chance to run it again.
        if (!stoppingToken.IsCancellationRequested)
        {
            await Task.Delay(timings().Retry, time, stoppingToken);
        }
    }

    private async Task WorkAsync(Func<CancellationToken, Task> work, CancellationToken term)
    {
        try
        {
            await work(term);
        }
        catch (OperationCanceledException) when (term.IsCancellationRequested)
        {
            // The lease ended or the host is stopping.
        }
        catch (Exception exception)
        {
            LogWorkFailed(exception, lease.Key);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Took lease {Key}: this replica does the leased work")]
    private partial void LogTaken(long key);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Lost lease {Key} (its database session is gone): leased work stopped")]
    private partial void LogLost(long key);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The leased work of {Key} ended by itself: lease given up")]
    private partial void LogWorkEnded(long key);

    [LoggerMessage(Level = LogLevel.Error, Message = "The leased work of {Key} failed")]
    private partial void LogWorkFailed(Exception exception, long key);
}
