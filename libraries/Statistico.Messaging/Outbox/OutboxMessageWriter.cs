using MassTransit;
using MassTransit.Context;
using Microsoft.EntityFrameworkCore;

namespace Statistico.Messaging.Outbox;

/// <summary>Turns a message being sent into an <see cref="OutboxMessage"/> row of the current transaction.</summary>
internal static class OutboxMessageWriter
{
    public static async Task AddAsync<T>(
        DbSet<OutboxMessage> outbox,
        SendContext<T> context,
        IObjectDeserializer headerSerializer,
        Guid? inboxMessageId = null,
        Guid? inboxConsumerId = null,
        Guid? outboxId = null)
        where T : class
    {
        var messageId = context.MessageId ?? throw new MessageException(typeof(T), "A message needs a MessageId to go through the outbox.");
        var now = DateTime.UtcNow;
        // The serializer the send topology chose for the message type: JSON, or the binary format for
        // MarketOddsObserved (ADR 0007). The body column is text, so the body is stored in its serializer's text
        // form (JSON as it is, binary as base64); the relay hands that text to the deserializer of the stored content
        // type (IMessageDeserializer.GetMessageBody(string)), which gives back the original bytes. Serializing
        // first also lets a raw serializer add its transport headers before the headers are stored.
        var serializer = context.Serializer;
        var body = serializer.GetMessageBody(context).GetString();
        var message = new OutboxMessage
        {
            MessageId = messageId,
            ConversationId = context.ConversationId,
            CorrelationId = context.CorrelationId,
            InitiatorId = context.InitiatorId,
            RequestId = context.RequestId,
            SourceAddress = context.SourceAddress,
            DestinationAddress = context.DestinationAddress,
            ResponseAddress = context.ResponseAddress,
            FaultAddress = context.FaultAddress,
            SentTime = context.SentTime ?? now,
            ContentType = (context.ContentType ?? serializer.ContentType).ToString(),
            MessageType = string.Join(";", context.SupportedMessageTypes),
            Body = body,
            Headers = headerSerializer.SerializeDictionary(context.Headers.GetAll()),
            InboxMessageId = inboxMessageId,
            InboxConsumerId = inboxConsumerId,
            OutboxId = outboxId,
            ExpirationTime = now + context.TimeToLive,
            EnqueueTime = now + context.Delay,
        };

        if (context is TransportSendContext<T> transport)
        {
            var properties = new Dictionary<string, object>(StringComparer.OrdinalIgnoreCase);
            transport.WritePropertiesTo(properties);
            if (properties.Count > 0)
            {
                message.Properties = headerSerializer.SerializeDictionary(properties);
            }
        }

        await outbox.AddAsync(message, context.CancellationToken);
    }
}
