using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Statistico.OddsCompiler.Tests;

/// <summary>
/// Holds every commit of the compiler's database back for <see cref="Delay"/> while armed: a loaded machine's slow
/// commit, made certain, so a test can show what the compiler does when a refresh runs before a consumer's commit.
/// </summary>
internal sealed class SlowCommits : DbTransactionInterceptor
{
    private long delayTicks;
    private int delayed;

    /// <summary>How long each commit waits before it is sent; zero (the default) leaves commits alone.</summary>
    public TimeSpan Delay
    {
        get => TimeSpan.FromTicks(Interlocked.Read(ref delayTicks));
        set => Interlocked.Exchange(ref delayTicks, value.Ticks);
    }

    /// <summary>Commits held back so far: the evidence that the delay really happened.</summary>
    public int Delayed => Volatile.Read(ref delayed);

    public override async ValueTask<InterceptionResult> TransactionCommittingAsync(
        DbTransaction transaction, TransactionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default)
    {
        var delay = Delay;
        if (delay > TimeSpan.Zero)
        {
            Interlocked.Increment(ref delayed);
            await Task.Delay(delay, cancellationToken);
        }

        return result;
    }
}
