using System.Runtime.Serialization;
using MessagePack;

namespace Statistico.Messaging.Serialization;

/// <summary>
/// A DateTimeOffset as a two-element array: its clock ticks and its offset in minutes, so the offset survives (a
/// DateTimeOffset's offset is always whole minutes).
/// </summary>
internal static class DateTimeOffsetFormatter
{
    public static void Write(ref MessagePackWriter writer, DateTimeOffset value)
    {
        writer.WriteArrayHeader(2);
        writer.Write(value.Ticks);
        writer.Write((int)(value.Offset.Ticks / TimeSpan.TicksPerMinute));
    }

    public static DateTimeOffset Read(ref MessagePackReader reader)
    {
        if (reader.ReadArrayHeader() != 2)
        {
            throw new SerializationException("A DateTimeOffset must be [ticks, offset minutes].");
        }

        var ticks = reader.ReadInt64();
        var offsetMinutes = reader.ReadInt32();
        try
        {
            return new DateTimeOffset(ticks, TimeSpan.FromMinutes(offsetMinutes));
        }
        catch (ArgumentException exception)
        {
            throw new SerializationException("A DateTimeOffset is out of range.", exception);
        }
    }
}
