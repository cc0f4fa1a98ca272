using System.Runtime.Serialization;
using System.Text.Json;
using MassTransit;
using MassTransit.Serialization;
using Statistico.Contracts.Odds;

namespace Statistico.Messaging.Serialization;

/// <summary>
/// A received <see cref="MarketOddsObserved"/> body: decoded once, on first use (the outbox relay only re-sends the
/// bytes and never decodes them). The content type alone says what the body is, so the message type is
/// <see cref="MarketOddsObserved"/> whatever the <c>MT-MessageType</c> header says.
/// </summary>
public sealed class MarketOddsSerializerContext : BaseSerializerContext
{
    private static readonly string[] MessageTypes = [MessageUrn.ForTypeString<MarketOddsObserved>()];
    private readonly MarketOddsMessageBody body;
    private MarketOddsObserved? message;

    public MarketOddsSerializerContext(MarketOddsMessageBody body, MessageContext messageContext)
        : base(SystemTextJsonMessageSerializer.Instance, messageContext, MessageTypes)
    {
        this.body = body;
    }

    /// <summary>The decoded message; a body that is not valid throws <see cref="SerializationException"/>.</summary>
    public MarketOddsObserved Message => message ??= MarketOddsWireFormat.Deserialize(body.GetBytes());

    public override bool TryGetMessage<T>(out T? message)
        where T : class
    {
        if (typeof(T).IsAssignableFrom(typeof(MarketOddsObserved)))
        {
            message = (T)(object)Message;
            return true;
        }

        message = null;
        return false;
    }

    public override bool TryGetMessage(Type messageType, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out object? message)
    {
        ArgumentNullException.ThrowIfNull(messageType);
        message = messageType.IsAssignableFrom(typeof(MarketOddsObserved)) ? Message : null;
        return message is not null;
    }

    public override IMessageSerializer GetMessageSerializer() => MarketOddsMessageSerializer.ForBody(body);

    public override IMessageSerializer GetMessageSerializer<T>(MessageEnvelope envelope, T message) =>
        MarketOddsMessageSerializer.ForBody(new MarketOddsMessageBody(MarketOddsWireFormat.Serialize(MarketOddsMessageSerializer.Supported(message))));

    public override IMessageSerializer GetMessageSerializer(object message, string[] messageTypes) =>
        MarketOddsMessageSerializer.ForBody(new MarketOddsMessageBody(MarketOddsWireFormat.Serialize(MarketOddsMessageSerializer.Supported(message))));

    /// <summary>Message initializers read properties by name; JSON gives them the same names as the JSON serializer.</summary>
    public override Dictionary<string, object> ToDictionary<T>(T? message)
        where T : class =>
        message is null
            ? new Dictionary<string, object>(StringComparer.OrdinalIgnoreCase)
            : JsonSerializer.Deserialize<Dictionary<string, object>>(
                JsonSerializer.SerializeToUtf8Bytes(message, SystemTextJsonMessageSerializer.Options), SystemTextJsonMessageSerializer.Options)
              ?? new Dictionary<string, object>(StringComparer.OrdinalIgnoreCase);
}
