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
        IObjectDeserializer serializer,
        Guid? inboxMessageId = null,
        Guid? inboxConsumerId = null,
        Guid? outboxId = null)
        where T : class
    {
        var messageId = context.MessageId ?? throw new MessageException(typeof(T), "A message needs a MessageId to go through the outbox.");
        var now = DateTime.UtcNow;
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
            ContentType = context.ContentType?.ToString() ?? context.Serialization.DefaultContentType.ToString(),
            MessageType = string.Join(";", context.SupportedMessageTypes),
            Body = context.Serializer.GetMessageBody(context).GetString(),
            Headers = serializer.SerializeDictionary(context.Headers.GetAll()),
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
                message.Properties = serializer.SerializeDictionary(properties);
            }
        }

        await outbox.AddAsync(message, context.CancellationToken);
    }
}
