using MassTransit;

namespace Statistico.Messaging.Benchmarks;

/// <summary>Counts <see cref="BenchFinished"/> arrivals and signals when the expected number arrived.</summary>
public sealed class FinishedCounter
{
    private int count;
    private int expected = int.MaxValue;
    private TaskCompletionSource done = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>The size of the last body received: the raw-broker baseline publishes bodies of this size.</summary>
    public long BodyBytes { get; private set; }

    public Task Expect(int total)
    {
        count = 0;
        expected = total;
        done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        return done.Task;
    }

    public void Arrived(long bodyBytes)
    {
        BodyBytes = bodyBytes;
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
        counter.Arrived(context.ReceiveContext.Body.Length ?? 0);
        return Task.CompletedTask;
    }
}
