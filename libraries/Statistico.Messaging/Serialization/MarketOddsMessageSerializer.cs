using System.Net.Mime;
using System.Runtime.Serialization;
using MassTransit;
using MassTransit.Serialization;
using Statistico.Contracts.Odds;

namespace Statistico.Messaging.Serialization;

/// <summary>
/// Writes <see cref="MarketOddsObserved"/> in <see cref="MarketOddsWireFormat"/>, "raw" style: no envelope, the
/// MassTransit headers (message id, message type, conversation, addresses) travel as transport headers. Any other
/// message type is refused: the format exists for this one high-volume message.
/// </summary>
public sealed class MarketOddsMessageSerializer : RawMessageSerializer, IMessageSerializer
{
    private readonly MarketOddsMessageBody? fixedBody;

    /// <summary>Serializes each message it is given.</summary>
    public MarketOddsMessageSerializer()
    {
    }

    /// <summary>Sends an already-encoded body again (redelivery, the outbox relay): the bytes are not re-encoded.</summary>
    private MarketOddsMessageSerializer(MarketOddsMessageBody body)
    {
        fixedBody = body;
    }

    public ContentType ContentType => MarketOddsWireFormat.ContentType;

    public static MarketOddsMessageSerializer ForBody(MarketOddsMessageBody body) => new(body);

    public MessageBody GetMessageBody<T>(SendContext<T> context)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(context);
        var body = fixedBody ?? new MarketOddsMessageBody(MarketOddsWireFormat.Serialize(Supported(context.Message)));
        SetRawMessageHeaders(context);
        return body;
    }

    internal static MarketOddsObserved Supported(object message) =>
        message as MarketOddsObserved ?? throw new SerializationException(
            $"{MarketOddsWireFormat.ContentTypeName} carries {nameof(MarketOddsObserved)} only, not {message.GetType().FullName}; " +
            "send other messages with the default JSON serializer.");
}
