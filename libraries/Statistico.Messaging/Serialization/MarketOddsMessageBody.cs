using MassTransit;

namespace Statistico.Messaging.Serialization;

/// <summary>
/// A binary body whose text form is base64: the outbox stores bodies as text, and the relay turns that text back
/// into these bytes through <see cref="MarketOddsMessageDeserializer.GetMessageBody(string)"/>. (MassTransit's
/// <see cref="BytesMessageBody"/> would decode the bytes as UTF-8 and corrupt them.)
/// </summary>
public sealed class MarketOddsMessageBody(byte[] bytes) : MessageBody
{
    private string? text;

    public long? Length => bytes.Length;

    public Stream GetStream() => new MemoryStream(bytes, writable: false);

    public byte[] GetBytes() => bytes;

    public string GetString() => text ??= Convert.ToBase64String(bytes);
}
