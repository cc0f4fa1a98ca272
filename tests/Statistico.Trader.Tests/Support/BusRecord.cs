using System.Collections.Concurrent;
using MassTransit;

namespace Statistico.Trader.Tests.Support;

/// <summary>
/// Every message the test bus consumed, sent and published, as it happens. The test harness's own lists stop waiting
/// for anything once the bus has been idle for its inactivity timeout, which a test with several steps outlives, so
/// the saga specs wait on this record instead.
/// </summary>
internal sealed class BusRecord : IConsumeObserver, ISendObserver, IPublishObserver
{
    private readonly ConcurrentQueue<(Guid? MessageId, object Message, Exception? Fault)> _consumed = new();
    private readonly ConcurrentQueue<(Uri? Destination, object Message)> _sent = new();
    private readonly ConcurrentQueue<object> _published = new();

    public IEnumerable<(Uri? Destination, T Message)> Sent<T>() => _sent.Where(s => s.Message is T).Select(s => (s.Destination, (T)s.Message));

    public IEnumerable<T> Published<T>() => _published.OfType<T>();

    /// <summary>Waits until the message with <paramref name="messageId"/> has been consumed, and says how it ended.</summary>
    public async Task<Exception?> ConsumedAsync(Guid messageId, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            foreach (var consumed in _consumed.Where(c => c.MessageId == messageId))
            {
                return consumed.Fault;
            }

            await Task.Delay(10, TestContext.Current.CancellationToken);
        }

        throw new TimeoutException($"message {messageId} was not consumed within {timeout}");
    }

    /// <summary>Waits until a sent message of type <typeparamref name="T"/> matches <paramref name="filter"/>.</summary>
    public async Task<T> SentAsync<T>(Func<T, bool> filter, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            foreach (var (_, message) in Sent<T>().Where(s => filter(s.Message)))
            {
                return message;
            }

            await Task.Delay(10, TestContext.Current.CancellationToken);
        }

        throw new TimeoutException($"no {typeof(T).Name} was sent within {timeout}");
    }

    public Task PreConsume<T>(ConsumeContext<T> context)
        where T : class => Task.CompletedTask;

    public Task PostConsume<T>(ConsumeContext<T> context)
        where T : class
    {
        _consumed.Enqueue((context.MessageId, context.Message, null));
        return Task.CompletedTask;
    }

    public Task ConsumeFault<T>(ConsumeContext<T> context, Exception exception)
        where T : class
    {
        _consumed.Enqueue((context.MessageId, context.Message, exception));
        return Task.CompletedTask;
    }

    public Task PreSend<T>(SendContext<T> context)
        where T : class => Task.CompletedTask;

    public Task PostSend<T>(SendContext<T> context)
        where T : class
    {
        _sent.Enqueue((context.DestinationAddress, context.Message));
        return Task.CompletedTask;
    }

    public Task SendFault<T>(SendContext<T> context, Exception exception)
        where T : class => Task.CompletedTask;

    public Task PrePublish<T>(PublishContext<T> context)
        where T : class => Task.CompletedTask;

    public Task PostPublish<T>(PublishContext<T> context)
        where T : class
    {
        _published.Enqueue(context.Message);
        return Task.CompletedTask;
    }

    public Task PublishFault<T>(PublishContext<T> context, Exception exception)
        where T : class => Task.CompletedTask;
}
