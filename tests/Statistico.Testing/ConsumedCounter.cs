using MassTransit;

namespace Statistico.Testing;

/// <summary>
/// Evidence that a service without an inbox consumed a message: connected to its bus, it counts every
/// <typeparamref name="T"/> a consumer finished with (successfully or not), so a test can wait for the count before
/// asserting that the message changed nothing.
/// </summary>
public sealed class ConsumedCounter<T> : IConsumeMessageObserver<T>
    where T : class
{
    private int consumed;

    public int Consumed => Volatile.Read(ref consumed);

    public Task WaitForAsync(int count, TimeSpan timeout, CancellationToken cancellationToken) =>
        Eventually.UntilAsync(() => Consumed >= count, timeout, $"{count} {typeof(T).Name} consumed", cancellationToken);

    public Task PreConsume(ConsumeContext<T> context) => Task.CompletedTask;

    public Task PostConsume(ConsumeContext<T> context)
    {
        Interlocked.Increment(ref consumed);
        return Task.CompletedTask;
    }

    public Task ConsumeFault(ConsumeContext<T> context, Exception exception)
    {
        Interlocked.Increment(ref consumed);
        return Task.CompletedTask;
    }
}
