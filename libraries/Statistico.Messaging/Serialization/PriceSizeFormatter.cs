using System.Runtime.Serialization;
using MessagePack;
using Statistico.Contracts.Odds;

namespace Statistico.Messaging.Serialization;

/// <summary>A <see cref="PriceSize"/> as <c>[price, size]</c>, both compact decimals.</summary>
internal static class PriceSizeFormatter
{
    private const int Fields = 2;

    public static void Write(ref MessagePackWriter writer, PriceSize value)
    {
        writer.WriteArrayHeader(Fields);
        CompactDecimalFormatter.Write(ref writer, value.Price);
        CompactDecimalFormatter.Write(ref writer, value.Size);
    }

    public static PriceSize Read(ref MessagePackReader reader)
    {
        var fields = reader.ReadArrayHeader();
        if (fields < Fields)
        {
            throw new SerializationException($"A PriceSize has {fields} fields, fewer than {Fields}.");
        }

        var price = CompactDecimalFormatter.Read(ref reader);
        var size = CompactDecimalFormatter.Read(ref reader);
        WireFields.SkipNewer(ref reader, fields, Fields);
        return new PriceSize(price, size);
    }

    public static void WriteList(ref MessagePackWriter writer, IReadOnlyList<PriceSize>? values)
    {
        if (values is null)
        {
            writer.WriteNil();
            return;
        }

        writer.WriteArrayHeader(values.Count);
        for (var i = 0; i < values.Count; i++)
        {
            Write(ref writer, values[i]);
        }
    }

    public static PriceSize[]? ReadList(ref MessagePackReader reader)
    {
        if (reader.TryReadNil())
        {
            return null;
        }

        var values = new PriceSize[reader.ReadArrayHeader()];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = Read(ref reader);
        }

        return values;
    }
}
