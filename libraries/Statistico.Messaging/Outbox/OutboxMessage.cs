using MassTransit;
using MassTransit.Metadata;
using MassTransit.Middleware;
using MassTransit.Serialization;

namespace Statistico.Messaging.Outbox;

/// <summary>
/// A message stored in the same transaction as the state change that produced it, delivered by the relay after the
/// commit. <see cref="InboxMessageId"/>/<see cref="InboxConsumerId"/> (sent while consuming) or <see cref="OutboxId"/>
/// (sent outside a consumer, one id per DI scope) say where it came from; the relay delivers every row the same way.
/// </summary>
public sealed class OutboxMessage : OutboxMessageContext
{
    private Headers? headers;
    private IReadOnlyDictionary<string, object>? properties;

    public long SequenceNumber { get; set; }

    public Guid MessageId { get; set; }

    public DateTime? EnqueueTime { get; set; }

    public DateTime SentTime { get; set; }

    /// <summary>Serialized MassTransit headers (JSON).</summary>
    public string? Headers { get; set; }

    /// <summary>Serialized transport properties (routing key and the like, JSON).</summary>
    public string? Properties { get; set; }

    public Guid? InboxMessageId { get; set; }

    public Guid? InboxConsumerId { get; set; }

    public Guid? OutboxId { get; set; }

    public string ContentType { get; set; } = string.Empty;

    public string MessageType { get; set; } = string.Empty;

    public string Body { get; set; } = string.Empty;

    public Guid? ConversationId { get; set; }

    public Guid? CorrelationId { get; set; }

    public Guid? InitiatorId { get; set; }

    public Guid? RequestId { get; set; }

    public Uri? SourceAddress { get; set; }

    public Uri? DestinationAddress { get; set; }

    public Uri? ResponseAddress { get; set; }

    public Uri? FaultAddress { get; set; }

    public DateTime? ExpirationTime { get; set; }

    /// <summary>Failed deliveries that counted against the row (see <see cref="OutboxOptions.MaxDeliveryAttempts"/>).</summary>
    public int DeliveryAttempts { get; set; }

    /// <summary>Why the last counted delivery failed (exception type and message).</summary>
    public string? LastError { get; set; }

    /// <summary>Not before this time (UTC): the back-off after a failed delivery.</summary>
    public DateTime? NextAttempt { get; set; }

    /// <summary>When the relay gave up on the row (UTC); a parked row is kept, never sent, and reported by health.</summary>
    public DateTime? Parked { get; set; }

    Guid? MessageContext.MessageId => MessageId;

    DateTime? MessageContext.SentTime => SentTime;

    Headers MessageContext.Headers => headers ?? EmptyHeaders.Instance;

    HostInfo MessageContext.Host => HostMetadataCache.Host;

    IReadOnlyDictionary<string, object> OutboxMessageContext.Properties =>
        properties ?? throw new InvalidOperationException("Call Deserialize before delivering an outbox message.");

    /// <summary>Restores the headers and transport properties before the message is sent on.</summary>
    public void Deserialize(IObjectDeserializer deserializer)
    {
        ArgumentNullException.ThrowIfNull(deserializer);
        headers = string.IsNullOrWhiteSpace(Headers)
            ? EmptyHeaders.Instance
            : deserializer.DeserializeObject<Dictionary<string, object?>>(Headers) is { Count: > 0 } values
                ? new DictionarySendHeaders(values!)
                : EmptyHeaders.Instance;
        properties = string.IsNullOrWhiteSpace(Properties)
            ? new Dictionary<string, object>(StringComparer.OrdinalIgnoreCase)
            : deserializer.DeserializeObject<Dictionary<string, object>>(Properties)
                ?? new Dictionary<string, object>(StringComparer.OrdinalIgnoreCase);
    }
}
