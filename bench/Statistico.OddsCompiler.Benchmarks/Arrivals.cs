using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;

namespace Statistico.OddsCompiler.Benchmarks;

/// <summary>Timestamps every FixtureResulted and OddsCompiled the moment the broker pushes it to our own queue.</summary>
internal sealed class Arrivals : IAsyncDisposable
{
    private readonly IConnection connection;
    private readonly IChannel channel;

    private Arrivals(IConnection connection, IChannel channel)
    {
        this.connection = connection;
        this.channel = channel;
    }

    public ConcurrentQueue<(string Type, long Timestamp)> Seen { get; } = new();

    public static async Task<Arrivals> BindAsync(Uri broker)
    {
        var connection = await new ConnectionFactory { Uri = broker }.CreateConnectionAsync();
        var channel = await connection.CreateChannelAsync();
        var queue = (await channel.QueueDeclareAsync("bench-" + Guid.NewGuid().ToString("N"), durable: false, exclusive: true, autoDelete: true)).QueueName;
        foreach (var exchange in new[] { "Statistico.Contracts.FootballData:FixtureResulted", "Statistico.Contracts.Odds:OddsCompiled" })
        {
            await channel.ExchangeDeclareAsync(exchange, ExchangeType.Fanout, durable: true, autoDelete: false);
            await channel.QueueBindAsync(queue, exchange, string.Empty);
        }

        var arrivals = new Arrivals(connection, channel);
        var consumer = new AsyncEventingBasicConsumer(channel);
        consumer.ReceivedAsync += (_, delivery) =>
        {
            var at = Stopwatch.GetTimestamp();
            using var envelope = JsonDocument.Parse(delivery.Body);
            arrivals.Seen.Enqueue((envelope.RootElement.GetProperty("messageType")[0].GetString()!.Split(':')[^1], at));
            return Task.CompletedTask;
        };
        await channel.BasicConsumeAsync(queue, autoAck: true, consumer);
        return arrivals;
    }

    /// <summary>Waits until nothing has arrived for <paramref name="quiet"/>, then returns and forgets what arrived.</summary>
    public async Task<List<(string Type, long Timestamp)>> SettleAsync(TimeSpan quiet, TimeSpan timeout)
    {
        var started = Stopwatch.GetTimestamp();
        var count = -1;
        var lastChange = Stopwatch.GetTimestamp();
        while (Stopwatch.GetElapsedTime(started) < timeout)
        {
            if (Seen.Count != count)
            {
                count = Seen.Count;
                lastChange = Stopwatch.GetTimestamp();
            }
            else if (count > 0 && Stopwatch.GetElapsedTime(lastChange) >= quiet)
            {
                break;
            }

            await Task.Delay(20);
        }

        var taken = new List<(string, long)>();
        while (Seen.TryDequeue(out var item))
        {
            taken.Add(item);
        }

        return taken;
    }

    public async ValueTask DisposeAsync()
    {
        await channel.DisposeAsync();
        await connection.DisposeAsync();
    }
}
