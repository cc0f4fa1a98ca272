using MassTransit;

namespace Statistico.Messaging.Benchmarks;

/// <summary>Counts <see cref="BenchFinished"/> arrivals and signals when the expected number arrived.</summary>
public sealed class FinishedCounter
{
    private int count;
    private int expected = int.MaxValue;
    private TaskCompletionSource done = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task Expect(int total)
    {
        count = 0;
        expected = total;
        done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        return done.Task;
    }

    public void Arrived()
    {
        if (Interlocked.Increment(ref count) == expected)
        {
            done.TrySetResult();
        }
    }
}

/// <summary>The consumer side of <see cref="FinishedCounter"/>.</summary>
public sealed class FinishedConsumer(FinishedCounter counter) : IConsumer<BenchFinished>
{
    public Task Consume(ConsumeContext<BenchFinished> context)
    {
        counter.Arrived();
        return Task.CompletedTask;
    }
}
