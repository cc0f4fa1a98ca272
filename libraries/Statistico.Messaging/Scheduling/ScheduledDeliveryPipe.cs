using System.Net.Mime;
using MassTransit;
using Quartz;

namespace Statistico.Messaging.Scheduling;

/// <summary>
/// Makes a send carry a stored envelope instead of the placeholder it was called with: the serializer is swapped
/// for one that writes the stored envelope (original message types included), and the envelope's ids, addresses
/// and headers are restored, plus the scheduling token and Quartz's timing headers.
/// </summary>
public sealed class ScheduledDeliveryPipe(ScheduledDelivery delivery, IJobExecutionContext execution) : IPipe<SendContext>
{
    public Task Send(SendContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var deserializer = context.Serialization.GetMessageDeserializer(new ContentType(delivery.ContentType));
        var stored = deserializer.Deserialize(deserializer.GetMessageBody(delivery.Body), context.Headers, delivery.Destination);

        context.MessageId = delivery.MessageId ?? context.MessageId;
        context.CorrelationId = delivery.CorrelationId;
        context.ConversationId = delivery.ConversationId;
        context.InitiatorId = delivery.InitiatorId;
        context.RequestId = delivery.RequestId;
        context.SourceAddress = delivery.SourceAddress;
        context.ResponseAddress = delivery.ResponseAddress;
        context.FaultAddress = delivery.FaultAddress;
        if (delivery.ExpirationTime is { } expires)
        {
            context.TimeToLive = expires.ToUniversalTime() - DateTime.UtcNow;
        }

        foreach (var (key, value) in delivery.Headers)
        {
            context.Headers.Set(key, value);
        }

        if (delivery.TokenId is { } tokenId)
        {
            context.Headers.Set(MessageHeaders.SchedulingTokenId, tokenId.ToString("N"));
        }

        context.Headers.Set(MessageHeaders.Quartz.Sent, execution.FireTimeUtc);
        if (execution.ScheduledFireTimeUtc is { } scheduled)
        {
            context.Headers.Set(MessageHeaders.Quartz.Scheduled, scheduled);
        }

        context.Serializer = stored.GetMessageSerializer();
        return Task.CompletedTask;
    }

    public void Probe(ProbeContext context)
    {
    }
}
