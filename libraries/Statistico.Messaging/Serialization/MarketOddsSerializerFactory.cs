using System.Net.Mime;
using MassTransit;

namespace Statistico.Messaging.Serialization;

/// <summary>Registers <see cref="MarketOddsWireFormat"/> with a bus (serializer and deserializer).</summary>
public sealed class MarketOddsSerializerFactory : ISerializerFactory
{
    public ContentType ContentType => MarketOddsWireFormat.ContentType;

    public IMessageSerializer CreateSerializer() => new MarketOddsMessageSerializer();

    public IMessageDeserializer CreateDeserializer() => new MarketOddsMessageDeserializer();
}
