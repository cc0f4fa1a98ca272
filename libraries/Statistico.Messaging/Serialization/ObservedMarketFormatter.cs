using System.Runtime.Serialization;
using MessagePack;
using Statistico.Contracts.Odds;

namespace Statistico.Messaging.Serialization;

/// <summary>
/// An <see cref="ObservedMarket"/> as <c>[fixtureId, marketType, observedAt, runners, exchangeMarketId, inPlay,
/// totalMatched, status]</c>; the optional properties are nil (or false) when absent.
/// </summary>
internal static class ObservedMarketFormatter
{
    private const int Fields = 8;
    private const int RequiredFields = 4;

    public static void Write(ref MessagePackWriter writer, ObservedMarket value)
    {
        writer.WriteArrayHeader(Fields);
        GuidFormatter.Write(ref writer, value.FixtureId);
        writer.Write(value.MarketType);
        DateTimeOffsetFormatter.Write(ref writer, value.ObservedAt);
        if (value.Runners is null)
        {
            writer.WriteNil();
        }
        else
        {
            writer.WriteArrayHeader(value.Runners.Count);
            for (var i = 0; i < value.Runners.Count; i++)
            {
                ObservedRunnerFormatter.Write(ref writer, value.Runners[i]);
            }
        }

        writer.Write(value.ExchangeMarketId);
        writer.Write(value.InPlay);
        CompactDecimalFormatter.WriteNullable(ref writer, value.TotalMatched);
        writer.Write(value.Status);
    }

    public static ObservedMarket Read(ref MessagePackReader reader)
    {
        var fields = reader.ReadArrayHeader();
        if (fields < RequiredFields)
        {
            throw new SerializationException($"An ObservedMarket has {fields} fields, fewer than {RequiredFields}.");
        }

        var fixtureId = GuidFormatter.Read(ref reader);
        var marketType = reader.ReadString();
        var observedAt = DateTimeOffsetFormatter.Read(ref reader);
        ObservedRunner[]? runners = null;
        if (!reader.TryReadNil())
        {
            runners = new ObservedRunner[reader.ReadArrayHeader()];
            for (var i = 0; i < runners.Length; i++)
            {
                runners[i] = ObservedRunnerFormatter.Read(ref reader);
            }
        }

        var exchangeMarketId = fields > 4 ? reader.ReadString() : null;
        var inPlay = fields > 5 && reader.ReadBoolean();
        var totalMatched = fields > 6 ? CompactDecimalFormatter.ReadNullable(ref reader) : null;
        var status = fields > 7 ? reader.ReadString() : null;
        WireFields.SkipNewer(ref reader, fields, Fields);
        return new ObservedMarket(fixtureId, marketType!, observedAt, runners!)
        {
            ExchangeMarketId = exchangeMarketId,
            InPlay = inPlay,
            TotalMatched = totalMatched,
            Status = status,
        };
    }
}
