using MassTransit;
using Statistico.Contracts.Odds;

namespace Statistico.Messaging.Serialization;

/// <summary>Turns the binary format of <see cref="MarketOddsObserved"/> on for a bus.</summary>
public static class MarketOddsWireFormatExtensions
{
    /// <summary>
    /// Every bus reads the binary content type (JSON stays the default for everything else), and
    /// <see cref="MarketOddsObserved"/> is sent and published in it. The send topology applies to Publish as well:
    /// a publish is a send to the message type's exchange through the same topology pipe.
    /// </summary>
    public static void UseMarketOddsWireFormat(this IBusFactoryConfigurator configurator)
    {
        ArgumentNullException.ThrowIfNull(configurator);
        var factory = new MarketOddsSerializerFactory();
        configurator.AddSerializer(factory, isSerializer: false); // available by content type; JSON stays the default
        configurator.AddDeserializer(factory, isDefault: false);
        configurator.Send<MarketOddsObserved>(send => send.UseSerializer(MarketOddsWireFormat.ContentType));
    }
}
