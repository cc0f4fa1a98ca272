using System.Text.Json;
using RabbitMQ.Client;
using Statistico.Contracts.Odds;

namespace Statistico.Messaging.Tests.Serialization;

/// <summary>Puts bodies on the broker past MassTransit: what an older publisher, or a broken one, would send.</summary>
internal static class RawOddsPublisher
{
    public const string Exchange = "Statistico.Contracts.Odds:MarketOddsObserved";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The message in MassTransit's JSON envelope, as every bus sent it before the binary format.</summary>
    public static Task PublishJsonEnvelopeAsync(Uri broker, MarketOddsObserved message, CancellationToken ct)
    {
        var messageId = Guid.NewGuid();
        var envelope = new
        {
            messageId,
            conversationId = Guid.NewGuid(),
            destinationAddress = $"{broker}/{Exchange}",
            messageType = new[] { "urn:message:Statistico.Contracts.Odds:MarketOddsObserved" },
            message,
            sentTime = DateTime.UtcNow,
            headers = new Dictionary<string, object>(),
        };
        var body = JsonSerializer.SerializeToUtf8Bytes(envelope, Json);
        return PublishAsync(broker, body, "application/vnd.masstransit+json", messageId, ct);
    }

    public static async Task PublishAsync(Uri broker, byte[] body, string contentType, Guid messageId, CancellationToken ct)
    {
        var factory = new ConnectionFactory { Uri = broker };
        await using var connection = await factory.CreateConnectionAsync(ct);
        await using var channel = await connection.CreateChannelAsync(
            new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true), ct);
        var properties = new BasicProperties
        {
            Persistent = true,
            ContentType = contentType,
            MessageId = messageId.ToString(),
            Headers = new Dictionary<string, object?>
            {
                ["MessageId"] = messageId.ToString(),
                ["MT-MessageType"] = "urn:message:Statistico.Contracts.Odds:MarketOddsObserved",
            },
        };
        await channel.BasicPublishAsync(Exchange, string.Empty, mandatory: false, properties, body, ct);
    }
}
