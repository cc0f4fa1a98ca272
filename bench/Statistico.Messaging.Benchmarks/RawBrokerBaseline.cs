using RabbitMQ.Client;
using RabbitMQ.Client.Events;
using Statistico.Testing;

namespace Statistico.Messaging.Benchmarks;

/// <summary>
/// The reference the outbox relay is measured against: RabbitMQ.Client alone publishing persistent messages of the
/// bus's body size with publisher confirms, pipelined (a window of unconfirmed publishes per channel, as a
/// well-written publisher does), to a durable queue read by a plain consumer that acknowledges each message with
/// the bus's prefetch. No serialisation, no database.
/// </summary>
internal static class RawBrokerBaseline
{
    private const int Channels = 4;
    private const int WindowPerChannel = 128;

    public static async Task<Scenario> RunAsync(TestInfrastructure infrastructure, string name, int messages, long bodyBytes, ushort prefetch)
    {
        await using var vhost = await infrastructure.CreateVirtualHostAsync("bench");
        var factory = new ConnectionFactory { Uri = vhost.BrokerUri };
        await using var connection = await factory.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();
        const string queue = "bench-raw";
        await channel.ExchangeDeclareAsync(queue, ExchangeType.Fanout, durable: true);
        await channel.QueueDeclareAsync(queue, durable: true, exclusive: false, autoDelete: false);
        await channel.QueueBindAsync(queue, queue, string.Empty);
        await channel.BasicQosAsync(0, prefetch, global: false);

        var received = 0;
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var consumer = new AsyncEventingBasicConsumer(channel);
        consumer.ReceivedAsync += async (_, delivery) =>
        {
            await channel.BasicAckAsync(delivery.DeliveryTag, multiple: false);
            if (Interlocked.Increment(ref received) == messages)
            {
                done.TrySetResult();
            }
        };
        await channel.BasicConsumeAsync(queue, autoAck: false, consumer);

        var body = new byte[bodyBytes];
        Random.Shared.NextBytes(body);
        var clock = ScenarioClock.Start();
        await PublishAsync(connection, queue, body, messages);
        await done.Task.WaitAsync(TimeSpan.FromMinutes(5));
        return clock.Stop(name, messages);
    }

    private static Task PublishAsync(IConnection connection, string exchange, byte[] body, int messages) =>
        Task.WhenAll(Enumerable.Range(0, Channels).Select(async lane =>
        {
            await using var channel = await connection.CreateChannelAsync(
                new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true, outstandingPublisherConfirmationsRateLimiter: null));
            var pending = new Queue<Task>(WindowPerChannel);
            for (var i = lane; i < messages; i += Channels)
            {
                if (pending.Count == WindowPerChannel)
                {
                    await pending.Dequeue(); // keep the window full: confirms come back while the next publishes go out
                }

                var properties = new BasicProperties { Persistent = true, ContentType = "application/vnd.masstransit+json", MessageId = Guid.NewGuid().ToString() };
                pending.Enqueue(channel.BasicPublishAsync(exchange, string.Empty, mandatory: false, properties, body).AsTask());
            }

            await Task.WhenAll(pending);
        }));
}
