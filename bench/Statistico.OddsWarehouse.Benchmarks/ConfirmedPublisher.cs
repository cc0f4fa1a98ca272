using RabbitMQ.Client;
using Statistico.Messaging.Serialization;

namespace Statistico.OddsWarehouse.Benchmarks;

/// <summary>
/// Publishes pre-built bodies as fast as the broker confirms them: persistent messages, publisher confirms tracked
/// per message. One channel waits for each confirm before its next publish completes, so the bodies are spread over
/// several channels (one connection) to keep the broker busy instead of waiting on round trips.
/// </summary>
internal static class ConfirmedPublisher
{
    private const int Channels = 8;
    private const int WindowPerChannel = 64;

    public static async Task PublishAsync(Uri broker, string exchange, string routingKey, IReadOnlyList<(Guid MessageId, byte[] Body)> messages, CancellationToken cancellationToken)
    {
        var factory = new ConnectionFactory { Uri = broker };
        await using var connection = await factory.CreateConnectionAsync(cancellationToken);
        await Task.WhenAll(Enumerable.Range(0, Channels).Select(async lane =>
        {
            await using var channel = await connection.CreateChannelAsync(
                new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true, outstandingPublisherConfirmationsRateLimiter: null),
                cancellationToken);
            var pending = new Queue<Task>(WindowPerChannel);
            for (var i = lane; i < messages.Count; i += Channels)
            {
                if (pending.Count == WindowPerChannel)
                {
                    await pending.Dequeue();
                }

                var (messageId, body) = messages[i];
                var properties = new BasicProperties
                {
                    Persistent = true,
                    ContentType = MarketOddsWireFormat.ContentTypeName,
                    MessageId = messageId.ToString(),
                    Headers = WireHeaders.For(messageId),
                };
                pending.Enqueue(channel.BasicPublishAsync(exchange, routingKey, mandatory: false, properties, body, cancellationToken).AsTask());
            }

            await Task.WhenAll(pending);
        }));
    }
}
