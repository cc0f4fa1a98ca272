using System.Buffers.Binary;
using System.Diagnostics;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;
using Statistico.Testing;

namespace Statistico.Trader.Benchmarks;

/// <summary>
/// The broker's floor at the run's rate: RabbitMQ.Client alone publishing persistent messages of an observation's size
/// with publisher confirms to a durable queue, open loop on the same schedule as the feed, read by a plain consumer
/// acknowledging each with the Trader's prefetch. Latency: scheduled send time to delivery. No serialisation, no database.
/// </summary>
internal static class BrokerFloor
{
    public static async Task<Latencies> RunAsync(TestInfrastructure infrastructure, int rate, TimeSpan duration, int bodyBytes)
    {
        await using var vhost = await infrastructure.CreateVirtualHostAsync("bench-floor");
        var factory = new ConnectionFactory { Uri = vhost.BrokerUri };
        await using var connection = await factory.CreateConnectionAsync();
        await using var consuming = await connection.CreateChannelAsync();
        const string queue = "bench-floor";
        await consuming.ExchangeDeclareAsync(queue, ExchangeType.Fanout, durable: true);
        await consuming.QueueDeclareAsync(queue, durable: true, exclusive: false, autoDelete: false);
        await consuming.QueueBindAsync(queue, queue, string.Empty);
        await consuming.BasicQosAsync(0, 16, global: false);

        var total = (int)(rate * duration.TotalSeconds);
        var schedule = new OpenLoopSchedule(rate);
        var received = new double[total];
        var count = 0;
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var consumer = new AsyncEventingBasicConsumer(consuming);
        consumer.ReceivedAsync += async (_, delivery) =>
        {
            var now = Stopwatch.GetTimestamp();
            var index = BinaryPrimitives.ReadInt32LittleEndian(delivery.Body.Span);
            received[index] = Stopwatch.GetElapsedTime(schedule.Due(index), now).TotalMilliseconds;
            await consuming.BasicAckAsync(delivery.DeliveryTag, multiple: false);
            if (Interlocked.Increment(ref count) == total)
            {
                done.TrySetResult();
            }
        };
        await consuming.BasicConsumeAsync(queue, autoAck: false, consumer);

        await using var publishing = await connection.CreateChannelAsync(
            new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true, outstandingPublisherConfirmationsRateLimiter: null));
        var inFlight = new List<Task>(total);
        await schedule.RunAsync(total, index =>
        {
            var body = new byte[bodyBytes];
            BinaryPrimitives.WriteInt32LittleEndian(body, index);
            var properties = new BasicProperties { Persistent = true, MessageId = Guid.NewGuid().ToString() };
            inFlight.Add(publishing.BasicPublishAsync(queue, string.Empty, mandatory: false, properties, body).AsTask());
        });
        await Task.WhenAll(inFlight);
        await done.Task.WaitAsync(TimeSpan.FromMinutes(2));
        return new Latencies("floor: raw RabbitMQ.Client publish (persistent, confirmed) → consume", received);
    }
}
