using System.Buffers;
using System.Net.Mime;
using System.Runtime.Serialization;
using MessagePack;
using Statistico.Contracts.Odds;

namespace Statistico.Messaging.Serialization;

/// <summary>
/// The binary wire format of <see cref="MarketOddsObserved"/> (ADR 0007): a format version, then the message as
/// MessagePack arrays written by hand (no attributes on the contracts, no reflection). A Betfair-sized message is a
/// fraction of its MassTransit JSON envelope and decodes many times faster.
/// </summary>
public static class MarketOddsWireFormat
{
    /// <summary>The content type MassTransit chooses the serializer and deserializer by.</summary>
    public const string ContentTypeName = "application/vnd.statistico.msgpack";

    /// <summary>
    /// The first byte of every body (a MessagePack positive fixint). A change a version-1 reader cannot skip (a field
    /// removed, reordered or re-typed) takes a new version; the reader refuses versions it does not know.
    /// </summary>
    public const byte Version = 1;

    public static readonly ContentType ContentType = new(ContentTypeName);

    public static byte[] Serialize(MarketOddsObserved message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var buffer = new ArrayBufferWriter<byte>(4096);
        var writer = new MessagePackWriter(buffer);
        writer.Write(Version);
        MarketOddsObservedFormatter.Write(ref writer, message);
        writer.Flush();
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>Reads a body; anything that is not a whole version-1 message is a <see cref="SerializationException"/>.</summary>
    public static MarketOddsObserved Deserialize(ReadOnlyMemory<byte> body)
    {
        try
        {
            var reader = new MessagePackReader(body);
            if (reader.End)
            {
                throw new SerializationException("The MarketOddsObserved body is empty.");
            }

            var version = reader.ReadByte();
            if (version != Version)
            {
                throw new SerializationException($"MarketOddsObserved wire format version {version} is unknown here (this reader knows {Version}).");
            }

            var message = MarketOddsObservedFormatter.Read(ref reader);
            if (!reader.End)
            {
                throw new SerializationException($"{body.Length - reader.Consumed} bytes follow the MarketOddsObserved body.");
            }

            return message;
        }
        catch (SerializationException)
        {
            throw;
        }
        catch (Exception exception) when (exception is MessagePackSerializationException or EndOfStreamException or OverflowException or ArgumentException)
        {
            throw new SerializationException("The MarketOddsObserved body is not valid.", exception);
        }
    }
}
