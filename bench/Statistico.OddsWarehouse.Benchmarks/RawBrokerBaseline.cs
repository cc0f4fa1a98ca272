using System.Diagnostics;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;

namespace Statistico.OddsWarehouse.Benchmarks;

/// <summary>
/// The broker alone: the same bodies published (persistent, confirmed) to a durable queue and consumed by a plain
/// RabbitMQ.Client consumer that acknowledges each message, with the warehouse's prefetch. No deserialisation.
/// </summary>
internal static class RawBrokerBaseline
{
    public static async Task<Measurement> RunAsync(Uri broker, IReadOnlyList<(Guid MessageId, byte[] Body)> messages, ushort prefetch, long rowsPerMessage)
    {
        var queue = $"bench-raw-{Guid.NewGuid():N}";
        var factory = new ConnectionFactory { Uri = broker };
        await using var connection = await factory.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();
        await channel.QueueDeclareAsync(queue, durable: true, exclusive: false, autoDelete: false);
        await channel.BasicQosAsync(0, prefetch, global: false);

        var received = 0;
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var consumer = new AsyncEventingBasicConsumer(channel);
        consumer.ReceivedAsync += async (_, delivery) =>
        {
            await channel.BasicAckAsync(delivery.DeliveryTag, multiple: false);
            if (Interlocked.Increment(ref received) == messages.Count)
            {
                done.TrySetResult();
            }
        };
        await channel.BasicConsumeAsync(queue, autoAck: false, consumer);

        var clock = Stopwatch.StartNew();
        await ConfirmedPublisher.PublishAsync(broker, exchange: string.Empty, routingKey: queue, messages, CancellationToken.None);
        await done.Task.WaitAsync(TimeSpan.FromMinutes(5));
        clock.Stop();
        await channel.QueueDeleteAsync(queue);
        return new Measurement(messages.Count, messages.Count * rowsPerMessage, clock.Elapsed);
    }
}
