using System.Net.Mime;
using MassTransit;
using MassTransit.Serialization;

namespace Statistico.Messaging.Serialization;

/// <summary>
/// Reads <see cref="MarketOddsWireFormat"/> bodies, with the MassTransit headers taken from the transport headers
/// (<see cref="RawMessageContext"/>). Registered on every bus beside the JSON deserializer: the content type of
/// each message chooses which one reads it, so JSON MarketOddsObserved sent before the change are still read.
/// </summary>
public sealed class MarketOddsMessageDeserializer : IMessageDeserializer
{
    public ContentType ContentType => MarketOddsWireFormat.ContentType;

    public void Probe(ProbeContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var scope = context.CreateScope("statistico-msgpack");
        scope.Add("contentType", ContentType.MediaType);
        scope.Add("version", MarketOddsWireFormat.Version);
    }

    public ConsumeContext Deserialize(ReceiveContext receiveContext)
    {
        ArgumentNullException.ThrowIfNull(receiveContext);
        var serializerContext = Deserialize(receiveContext.Body, receiveContext.TransportHeaders, receiveContext.InputAddress);
        // Decode now: a corrupt body fails here, in MassTransit's deserialize step, and goes straight to the _error
        // queue instead of through the consumer's retries.
        _ = serializerContext.Message;
        return new BodyConsumeContext(receiveContext, serializerContext);
    }

    SerializerContext IMessageDeserializer.Deserialize(MessageBody body, Headers headers, Uri? destinationAddress) =>
        Deserialize(body, headers, destinationAddress);

    public MessageBody GetMessageBody(string text) => new Base64MessageBody(text);

    private static MarketOddsSerializerContext Deserialize(MessageBody body, Headers headers, Uri? destinationAddress)
    {
        ArgumentNullException.ThrowIfNull(body);
        var bytes = body as MarketOddsMessageBody ?? new MarketOddsMessageBody(body.GetBytes());
        return new MarketOddsSerializerContext(bytes, new RawMessageContext(headers, destinationAddress, RawSerializerOptions.Default));
    }
}
