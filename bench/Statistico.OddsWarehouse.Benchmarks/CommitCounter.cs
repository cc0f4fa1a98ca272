using Statistico.OddsWarehouse.Ingestion;

namespace Statistico.OddsWarehouse.Benchmarks;

/// <summary>Counts rows the warehouse committed; completes when the expected number is in Postgres.</summary>
internal sealed class CommitCounter : IPriceBatchObserver
{
    private long rows;
    private long expected = long.MaxValue;
    private long writes;
    private long writeTicks;
    private TaskCompletionSource done = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Commits (transactions) since the last <see cref="Expect"/>.</summary>
    public long Writes => Interlocked.Read(ref writes);

    /// <summary>Time spent inside the writer (summed over concurrent writes) since the last <see cref="Expect"/>.</summary>
    public TimeSpan WriteTime => TimeSpan.FromTicks(Interlocked.Read(ref writeTicks));

    public Task Expect(long total)
    {
        Interlocked.Exchange(ref writeTicks, 0);
        Interlocked.Exchange(ref rows, 0);
        Interlocked.Exchange(ref writes, 0);
        expected = total;
        done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        return done.Task;
    }

    public ValueTask CommittedAsync(WriteOutcome outcome, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref writes);
        Interlocked.Add(ref writeTicks, outcome.Elapsed.Ticks);
        if (Interlocked.Add(ref rows, outcome.Rows) >= expected)
        {
            done.TrySetResult();
        }

        return ValueTask.CompletedTask;
    }
}
