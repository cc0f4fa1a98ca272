using System.Runtime.Serialization;
using MessagePack;
using Statistico.Contracts.Odds;

namespace Statistico.Messaging.Serialization;

/// <summary>A <see cref="MarketOddsObserved"/> as <c>[batchId, source, markets]</c>.</summary>
internal static class MarketOddsObservedFormatter
{
    private const int Fields = 3;

    public static void Write(ref MessagePackWriter writer, MarketOddsObserved value)
    {
        writer.WriteArrayHeader(Fields);
        GuidFormatter.Write(ref writer, value.BatchId);
        writer.Write(value.Source);
        if (value.Markets is null)
        {
            writer.WriteNil();
            return;
        }

        writer.WriteArrayHeader(value.Markets.Count);
        for (var i = 0; i < value.Markets.Count; i++)
        {
            ObservedMarketFormatter.Write(ref writer, value.Markets[i]);
        }
    }

    public static MarketOddsObserved Read(ref MessagePackReader reader)
    {
        var fields = reader.ReadArrayHeader();
        if (fields < Fields)
        {
            throw new SerializationException($"A MarketOddsObserved has {fields} fields, fewer than {Fields}.");
        }

        var batchId = GuidFormatter.Read(ref reader);
        var source = reader.ReadString();
        ObservedMarket[]? markets = null;
        if (!reader.TryReadNil())
        {
            markets = new ObservedMarket[reader.ReadArrayHeader()];
            for (var i = 0; i < markets.Length; i++)
            {
                markets[i] = ObservedMarketFormatter.Read(ref reader);
            }
        }

        WireFields.SkipNewer(ref reader, fields, Fields);
        return new MarketOddsObserved(batchId, source!, markets!);
    }
}
