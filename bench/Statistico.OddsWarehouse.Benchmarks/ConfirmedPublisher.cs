using RabbitMQ.Client;

namespace Statistico.OddsWarehouse.Benchmarks;

/// <summary>
/// Publishes pre-built bodies as fast as the broker confirms them: persistent messages, publisher confirms, a window
/// of unconfirmed publishes in flight (what a fast producer does; the broker's confirm rate is the limit).
/// </summary>
internal static class ConfirmedPublisher
{
    private const int Window = 512;

    public static async Task PublishAsync(Uri broker, string exchange, string routingKey, IReadOnlyList<(Guid MessageId, byte[] Body)> messages, CancellationToken cancellationToken)
    {
        var factory = new ConnectionFactory { Uri = broker };
        await using var connection = await factory.CreateConnectionAsync(cancellationToken);
        await using var channel = await connection.CreateChannelAsync(
            new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true, outstandingPublisherConfirmationsRateLimiter: null),
            cancellationToken);
        var pending = new Queue<Task>(Window);
        foreach (var (messageId, body) in messages)
        {
            if (pending.Count == Window)
            {
                await pending.Dequeue();
            }

            var properties = new BasicProperties
            {
                Persistent = true,
                ContentType = "application/vnd.masstransit+json",
                MessageId = messageId.ToString(),
            };
            pending.Enqueue(channel.BasicPublishAsync(exchange, routingKey, mandatory: false, properties, body, cancellationToken).AsTask());
        }

        await Task.WhenAll(pending);
    }
}
