using System.Text.Json;
using RabbitMQ.Client;
using Statistico.Testing;

namespace Statistico.FootballData.Tests;

/// <summary>
/// A queue of our own bound to the service's event exchanges on the real broker: it sees exactly what any other
/// service would receive, so a test can count each event (once per change, never twice).
/// </summary>
internal sealed class EventProbe : IAsyncDisposable
{
    public static readonly string[] FixtureEvents = ["FixtureScheduled", "FixtureUpdated", "FixtureResulted"];

    private readonly IConnection connection;
    private readonly IChannel channel;
    private readonly string queue;

    private EventProbe(IConnection connection, IChannel channel, string queue)
    {
        this.connection = connection;
        this.channel = channel;
        this.queue = queue;
    }

    public static async Task<EventProbe> BindAsync(Uri broker, CancellationToken cancellationToken)
    {
        var connection = await new ConnectionFactory { Uri = broker }.CreateConnectionAsync(cancellationToken);
        var channel = await connection.CreateChannelAsync(cancellationToken: cancellationToken);
        var queue = (await channel.QueueDeclareAsync("probe-" + Guid.NewGuid().ToString("N"), durable: false, exclusive: true, autoDelete: true, cancellationToken: cancellationToken)).QueueName;
        foreach (var name in FixtureEvents)
        {
            // MassTransit publishes to a durable fanout exchange named after the message type.
            var exchange = $"Statistico.Contracts.FootballData:{name}";
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

    private async Task DrainInto(List<(string, JsonElement)> events, CancellationToken cancellationToken)
    {
        while (await channel.BasicGetAsync(queue, autoAck: true, cancellationToken) is { } delivery)
        {
            using var envelope = JsonDocument.Parse(delivery.Body);
            var type = envelope.RootElement.GetProperty("messageType")[0].GetString()!.Split(':')[^1];
            events.Add((type, envelope.RootElement.GetProperty("message").Clone()));
        }
    }

    public async ValueTask DisposeAsync()
    {
        await channel.DisposeAsync();
        await connection.DisposeAsync();
    }
}
