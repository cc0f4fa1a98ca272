using System.Text.Json;
using MassTransit.Serialization;
using RabbitMQ.Client;
using Statistico.Contracts.Odds;
using Statistico.Messaging.Serialization;

namespace Statistico.Testing;

/// <summary>
/// A queue of our own bound to events' exchanges on the real broker: it sees exactly what any other service would
/// receive, so a test can count each event (once per change, never twice). Exchanges are MassTransit's: one durable
/// fanout exchange per message type, named <c>Namespace:Type</c>.
/// </summary>
public sealed class EventProbe : IAsyncDisposable
{
    public static readonly string[] FixtureEvents =
        ["Statistico.Contracts.FootballData:FixtureScheduled", "Statistico.Contracts.FootballData:FixtureUpdated", "Statistico.Contracts.FootballData:FixtureResulted",
         "Statistico.Contracts.FootballData:PlayedFixturesRecorded"];

    private readonly IConnection connection;
    private readonly IChannel channel;
    private readonly string queue;
    private readonly HashSet<string> declared = [];

    private EventProbe(IConnection connection, IChannel channel, string queue)
    {
        this.connection = connection;
        this.channel = channel;
        this.queue = queue;
    }

    public static async Task<EventProbe> BindAsync(Uri broker, CancellationToken cancellationToken) =>
        await BindAsync(broker, FixtureEvents, cancellationToken);

    public static async Task<EventProbe> BindAsync(Uri broker, IEnumerable<string> exchanges, CancellationToken cancellationToken)
    {
        var connection = await new ConnectionFactory { Uri = broker }.CreateConnectionAsync(cancellationToken);
        var channel = await connection.CreateChannelAsync(cancellationToken: cancellationToken);
        var queue = (await channel.QueueDeclareAsync("probe-" + Guid.NewGuid().ToString("N"), durable: false, exclusive: true, autoDelete: true, cancellationToken: cancellationToken)).QueueName;
        foreach (var exchange in exchanges)
        {
            await channel.ExchangeDeclareAsync(exchange, ExchangeType.Fanout, durable: true, autoDelete: false, cancellationToken: cancellationToken);
            await channel.QueueBindAsync(queue, exchange, string.Empty, cancellationToken: cancellationToken);
        }

        return new EventProbe(connection, channel, queue);
    }

    /// <summary>
    /// Waits for <paramref name="count"/> events, then a little longer so a duplicate would show, and returns them as
    /// (type, message) in arrival order.
    /// </summary>
    public async Task<List<(string Type, JsonElement Message)>> TakeAsync(int count, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var events = new List<(string, JsonElement)>();
        await Eventually.UntilAsync(async () => { await DrainInto(events, cancellationToken); return events.Count >= count; }, timeout, $"{count} events (have {events.Count})", cancellationToken);
        await Task.Delay(TimeSpan.FromSeconds(3), cancellationToken);
        await DrainInto(events, cancellationToken);
        return events;
    }

    /// <summary>
    /// What has arrived so far, without waiting. For a test that asserts nothing more was published once it has
    /// evidence that the service has finished (<see cref="InboxEvidence"/>: the message consumed and the outbox
    /// drained, or the service's own counters): then an empty answer means nothing was sent, not that it is late.
    /// </summary>
    public async Task<List<(string Type, JsonElement Message)>> ArrivedAsync(CancellationToken cancellationToken)
    {
        var events = new List<(string, JsonElement)>();
        await DrainInto(events, cancellationToken);
        return events;
    }

    private async Task DrainInto(List<(string, JsonElement)> events, CancellationToken cancellationToken)
    {
        while (await channel.BasicGetAsync(queue, autoAck: true, cancellationToken) is { } delivery)
        {
            if (delivery.BasicProperties.ContentType == MarketOddsWireFormat.ContentTypeName)
            {
                // The binary format has no envelope: the content type says what it is. Tests read the message as the
                // JSON MassTransit would have written (same options, same property names).
                var odds = MarketOddsWireFormat.Deserialize(delivery.Body);
                events.Add((nameof(MarketOddsObserved), JsonSerializer.SerializeToElement(odds, SystemTextJsonMessageSerializer.Options)));
                continue;
            }

            using var envelope = JsonDocument.Parse(delivery.Body);
            var type = envelope.RootElement.GetProperty("messageType")[0].GetString()!.Split(':')[^1];
            events.Add((type, envelope.RootElement.GetProperty("message").Clone()));
        }
    }

    /// <summary>
    /// Publishes <paramref name="message"/> as MassTransit would (its JSON envelope, to the message type's exchange), so
    /// a test can play another service; the same <paramref name="messageId"/> twice is a redelivery.
    /// </summary>
    public async Task PublishAsync<T>(T message, Guid messageId, CancellationToken cancellationToken)
        where T : class
    {
        var type = typeof(T);
        var urn = $"urn:message:{type.Namespace}:{type.Name}";
        var body = JsonSerializer.SerializeToUtf8Bytes(new { messageId, messageType = new[] { urn }, message }, Envelope);
        if (declared.Add(urn))
        {
            await channel.ExchangeDeclareAsync($"{type.Namespace}:{type.Name}", ExchangeType.Fanout, durable: true, autoDelete: false, cancellationToken: cancellationToken);
        }

        var properties = new BasicProperties { ContentType = "application/vnd.masstransit+json", MessageId = messageId.ToString(), Persistent = true };
        await channel.BasicPublishAsync($"{type.Namespace}:{type.Name}", string.Empty, mandatory: false, properties, body, cancellationToken);
    }

    // Enums as numbers, like MassTransit's own serializer: it has no string-enum converter, so a FixtureUpdated with
    // its status as a string faulted in the consumer (the checker's postponement test found it).
    private static readonly JsonSerializerOptions Envelope = new(JsonSerializerDefaults.Web);

    public async ValueTask DisposeAsync()
    {
        await channel.DisposeAsync();
        await connection.DisposeAsync();
    }
}
