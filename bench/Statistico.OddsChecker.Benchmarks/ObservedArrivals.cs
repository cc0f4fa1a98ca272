using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
using MassTransit.Serialization;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;
using Statistico.Contracts.Odds;
using Statistico.Messaging.Serialization;

namespace Statistico.OddsChecker.Benchmarks;

/// <summary>
/// A queue of the harness's own bound to MassTransit's <c>MarketOddsObserved</c> exchange of one checker's virtual
/// host, consumed by push: each delivery is stamped when the client hands it over (what any consumer of the event
/// would see first) and decoded later, off the clock.
/// </summary>
internal sealed class ObservedArrivals : IAsyncDisposable
{
    private const string Exchange = "Statistico.Contracts.Odds:MarketOddsObserved";

    private readonly ConcurrentQueue<(long At, byte[] Body, string? ContentType)> deliveries = new();
    private readonly IConnection connection;
    private readonly IChannel channel;

    private ObservedArrivals(IConnection connection, IChannel channel)
    {
        this.connection = connection;
        this.channel = channel;
    }

    public int Count => deliveries.Count;

    public static async Task<ObservedArrivals> BindAsync(Uri broker)
    {
        var connection = await new ConnectionFactory { Uri = broker }.CreateConnectionAsync();
        var channel = await connection.CreateChannelAsync();
        var queue = (await channel.QueueDeclareAsync("bench-probe-" + Guid.NewGuid().ToString("N"), durable: false, exclusive: true, autoDelete: true)).QueueName;
        await channel.ExchangeDeclareAsync(Exchange, ExchangeType.Fanout, durable: true, autoDelete: false);
        await channel.QueueBindAsync(queue, Exchange, string.Empty);
        var arrivals = new ObservedArrivals(connection, channel);
        var consumer = new AsyncEventingBasicConsumer(channel);
        consumer.ReceivedAsync += (_, delivery) =>
        {
            arrivals.deliveries.Enqueue((Stopwatch.GetTimestamp(), delivery.Body.ToArray(), delivery.BasicProperties.ContentType));
            return Task.CompletedTask;
        };
        await channel.BasicConsumeAsync(queue, autoAck: true, consumer);
        return arrivals;
    }

    /// <summary>Every delivery so far, decoded (the checker's binary wire format, or MassTransit's JSON envelope).</summary>
    public IReadOnlyList<Arrival> Decode() => [.. deliveries.Select(d => new Arrival(d.At, Decode(d.Body, d.ContentType)))];

    private static MarketOddsObserved Decode(byte[] body, string? contentType)
    {
        if (contentType == MarketOddsWireFormat.ContentTypeName)
        {
            return MarketOddsWireFormat.Deserialize(body);
        }

        using var envelope = JsonDocument.Parse(body);
        return envelope.RootElement.GetProperty("message").Deserialize<MarketOddsObserved>(SystemTextJsonMessageSerializer.Options)
            ?? throw new InvalidOperationException("an empty MarketOddsObserved");
    }

    public async ValueTask DisposeAsync()
    {
        await channel.DisposeAsync();
        await connection.DisposeAsync();
    }
}
