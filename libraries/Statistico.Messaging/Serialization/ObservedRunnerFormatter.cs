using System.Runtime.Serialization;
using MessagePack;
using Statistico.Contracts.Odds;

namespace Statistico.Messaging.Serialization;

/// <summary>
/// An <see cref="ObservedRunner"/> as <c>[selection, back, lay, runnerId, lastTradedPrice, handicap]</c>; the three
/// optional properties are nil when absent.
/// </summary>
internal static class ObservedRunnerFormatter
{
    private const int Fields = 6;
    private const int RequiredFields = 3;

    public static void Write(ref MessagePackWriter writer, ObservedRunner value)
    {
        writer.WriteArrayHeader(Fields);
        writer.Write(value.Selection);
        PriceSizeFormatter.WriteList(ref writer, value.Back);
        PriceSizeFormatter.WriteList(ref writer, value.Lay);
        if (value.RunnerId is { } runnerId)
        {
            writer.Write(runnerId);
        }
        else
        {
            writer.WriteNil();
        }

        CompactDecimalFormatter.WriteNullable(ref writer, value.LastTradedPrice);
        CompactDecimalFormatter.WriteNullable(ref writer, value.Handicap);
    }

    public static ObservedRunner Read(ref MessagePackReader reader)
    {
        var fields = reader.ReadArrayHeader();
        if (fields < RequiredFields)
        {
            throw new SerializationException($"An ObservedRunner has {fields} fields, fewer than {RequiredFields}.");
        }

        var selection = reader.ReadString();
        var back = PriceSizeFormatter.ReadList(ref reader);
        var lay = PriceSizeFormatter.ReadList(ref reader);
        long? runnerId = fields > 3 && !reader.TryReadNil() ? reader.ReadInt64() : null;
        var lastTradedPrice = fields > 4 ? CompactDecimalFormatter.ReadNullable(ref reader) : null;
        var handicap = fields > 5 ? CompactDecimalFormatter.ReadNullable(ref reader) : null;
        WireFields.SkipNewer(ref reader, fields, Fields);
        return new ObservedRunner(selection!, back!, lay!)
        {
            RunnerId = runnerId,
            LastTradedPrice = lastTradedPrice,
            Handicap = handicap,
        };
    }
}
