using System.Globalization;
using MassTransit;
using MassTransit.Context;

namespace Statistico.Messaging.Scheduling;

/// <summary>Turns a received schedule request into the <see cref="ScheduledDelivery"/> a job will send.</summary>
public static class ScheduledDeliveryFactory
{
    public static ScheduledDelivery Create<TRequest>(
        ConsumeContext<TRequest> context,
        Uri destination,
        object payload,
        string[] payloadType,
        Guid? tokenId)
        where TRequest : class
    {
        ArgumentNullException.ThrowIfNull(context);

        // Re-serialize the payload under the requested message types (not the ScheduleMessage's), the way the
        // receiving endpoint expects the original message to look.
        var body = context.SerializerContext
            .GetMessageSerializer(payload, payloadType)
            .GetMessageBody(new MessageSendContext<TRequest>(context.Message));

        return new ScheduledDelivery
        {
            Destination = destination,
            ContentType = context.ReceiveContext.ContentType?.ToString() ?? "application/vnd.masstransit+json",
            Body = body.GetString(),
            TokenId = tokenId,
            // A one-off (it has a token) keeps the request's message id, so a repeated send is one message to an
            // inbox; every firing of a recurring one is a new message, so it gets a fresh id at each send.
            MessageId = tokenId is null ? null : context.MessageId,
            CorrelationId = context.CorrelationId,
            ConversationId = context.ConversationId,
            InitiatorId = context.InitiatorId,
            RequestId = context.RequestId,
            SourceAddress = context.SourceAddress,
            ResponseAddress = context.ResponseAddress,
            FaultAddress = context.FaultAddress,
            ExpirationTime = context.ExpirationTime,
            Headers = ApplicationHeaders(context.Headers),
        };
    }

    // MassTransit's own headers (MT-*) describe the ScheduleMessage's delivery (redelivery count, host, activity),
    // not the scheduled message's, so only the application's headers travel on.
    private static Dictionary<string, string> ApplicationHeaders(Headers headers)
    {
        var kept = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in headers.GetAll())
        {
            if (key.StartsWith("MT-", StringComparison.OrdinalIgnoreCase) || key.Equals("Content-Type", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            if (AsText(value) is { } text)
            {
                kept[key] = text;
            }
        }

        return kept;
    }

    private static string? AsText(object? value) => value switch
    {
        string text => text,
        System.Text.Json.JsonElement { ValueKind: System.Text.Json.JsonValueKind.String } element => element.GetString(),
        System.Text.Json.JsonElement { ValueKind: System.Text.Json.JsonValueKind.Number or System.Text.Json.JsonValueKind.True or System.Text.Json.JsonValueKind.False } element => element.GetRawText(),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => null,
    };
}
