using System.Buffers;
using System.Buffers.Binary;
using System.Runtime.Serialization;
using MessagePack;

namespace Statistico.Messaging.Serialization;

/// <summary>
/// A decimal as one MessagePack integer, <c>unscaled × 32 + scale</c>, when its unscaled value fits in 58 bits: a
/// price like 2.54 takes 3 bytes and a stake like 123.45 takes 5 (its 16-byte <see cref="decimal.GetBits(decimal)"/>
/// form would take 18). Any other decimal (96-bit unscaled values, negative zero) is written as those 16 bytes, so
/// every decimal comes back exactly: same value, same scale, same sign.
/// </summary>
internal static class CompactDecimalFormatter
{
    private const int ScaleBits = 5; // a decimal's scale is 0..28
    private const int ScaleMask = (1 << ScaleBits) - 1;
    private const ulong LargestCompactUnscaled = (1UL << (63 - ScaleBits)) - 1;
    private const int BitsLength = 16;

    public static void Write(ref MessagePackWriter writer, decimal value)
    {
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        var negative = bits[3] < 0;
        var scale = (bits[3] >> 16) & 0xFF;
        var unscaled = ((ulong)(uint)bits[1] << 32) | (uint)bits[0];
        if (bits[2] == 0 && unscaled <= LargestCompactUnscaled && !(negative && unscaled == 0))
        {
            var signed = negative ? -(long)unscaled : (long)unscaled;
            writer.Write((signed << ScaleBits) | (long)scale);
            return;
        }

        writer.WriteBinHeader(BitsLength);
        var bytes = writer.GetSpan(BitsLength);
        for (var i = 0; i < 4; i++)
        {
            BinaryPrimitives.WriteInt32LittleEndian(bytes[(i * 4)..], bits[i]);
        }

        writer.Advance(BitsLength);
    }

    public static decimal Read(ref MessagePackReader reader)
    {
        if (reader.NextMessagePackType == MessagePackType.Integer)
        {
            var packed = reader.ReadInt64();
            var scale = (byte)(packed & ScaleMask);
            // Arithmetic shift: floor division by 32 undoes "× 32 + scale" for negative values too.
            var signed = packed >> ScaleBits;
            var unscaled = (ulong)Math.Abs(signed);
            if (scale > 28)
            {
                throw new SerializationException($"A decimal with scale {scale} is not valid.");
            }

            return new decimal((int)(uint)unscaled, (int)(uint)(unscaled >> 32), 0, signed < 0, scale);
        }

        var sequence = reader.ReadBytes() ?? throw new SerializationException("A decimal was nil where a value was expected.");
        if (sequence.Length != BitsLength)
        {
            throw new SerializationException($"A decimal's binary form has {sequence.Length} bytes, not {BitsLength}.");
        }

        Span<byte> bytes = stackalloc byte[BitsLength];
        sequence.CopyTo(bytes);
        Span<int> bits = stackalloc int[4];
        for (var i = 0; i < 4; i++)
        {
            bits[i] = BinaryPrimitives.ReadInt32LittleEndian(bytes[(i * 4)..]);
        }

        try
        {
            return new decimal(bits);
        }
        catch (ArgumentException exception)
        {
            throw new SerializationException("A decimal's binary form is not a valid decimal.", exception);
        }
    }

    public static void WriteNullable(ref MessagePackWriter writer, decimal? value)
    {
        if (value is { } present)
        {
            Write(ref writer, present);
        }
        else
        {
            writer.WriteNil();
        }
    }

    public static decimal? ReadNullable(ref MessagePackReader reader) => reader.TryReadNil() ? null : Read(ref reader);
}
