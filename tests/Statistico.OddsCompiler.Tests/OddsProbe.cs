using System.Text.Json;
using RabbitMQ.Client;
using Statistico.Contracts.Odds;
using Statistico.Testing;

namespace Statistico.OddsCompiler.Tests;

/// <summary>A queue of our own bound to the OddsCompiled exchange on the real broker: it sees what the Trader would.</summary>
internal sealed class OddsProbe : IAsyncDisposable
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly IConnection connection;
    private readonly IChannel channel;
    private readonly string queue;

    private OddsProbe(IConnection connection, IChannel channel, string queue)
    {
        this.connection = connection;
        this.channel = channel;
        this.queue = queue;
    }

    public List<OddsCompiled> Received { get; } = [];

    public static async Task<OddsProbe> BindAsync(Uri broker, CancellationToken cancellationToken)
    {
        var connection = await new ConnectionFactory { Uri = broker }.CreateConnectionAsync(cancellationToken);
        var channel = await connection.CreateChannelAsync(cancellationToken: cancellationToken);
        var queue = (await channel.QueueDeclareAsync("probe-" + Guid.NewGuid().ToString("N"), durable: false, exclusive: true, autoDelete: true, cancellationToken: cancellationToken)).QueueName;
        // MassTransit publishes to a durable fanout exchange named after the message type.
        const string exchange = "Statistico.Contracts.Odds:OddsCompiled";
        await channel.ExchangeDeclareAsync(exchange, ExchangeType.Fanout, durable: true, autoDelete: false, cancellationToken: cancellationToken);
        await channel.QueueBindAsync(queue, exchange, string.Empty, cancellationToken: cancellationToken);
        return new OddsProbe(connection, channel, queue);
    }

    /// <summary>Waits until books for <paramref name="count"/> distinct fixtures have arrived (then a little longer, so extras show).</summary>
    public async Task<List<OddsCompiled>> WaitForFixturesAsync(int count, TimeSpan timeout, CancellationToken cancellationToken)
    {
        await Eventually.UntilAsync(
            async () => { await DrainAsync(cancellationToken); return Received.Select(o => o.FixtureId).Distinct().Count() >= count; },
            timeout, $"OddsCompiled for {count} fixtures (have {Received.Count})", cancellationToken);
        await Task.Delay(TimeSpan.FromSeconds(2), cancellationToken);
        await DrainAsync(cancellationToken);
        return [.. Received];
    }

    public async Task DrainAsync(CancellationToken cancellationToken)
    {
        while (await channel.BasicGetAsync(queue, autoAck: true, cancellationToken) is { } delivery)
        {
            using var envelope = JsonDocument.Parse(delivery.Body);
            Received.Add(envelope.RootElement.GetProperty("message").Deserialize<OddsCompiled>(Json)!);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await channel.DisposeAsync();
        await connection.DisposeAsync();
    }
}
