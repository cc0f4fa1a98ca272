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
    public Task<List<OddsCompiled>> WaitForFixturesAsync(int count, TimeSpan timeout, CancellationToken cancellationToken) =>
        WaitForFixturesAsync(count, timeout, describe: null, cancellationToken);

    /// <summary>
    /// Waits until books for <paramref name="count"/> distinct fixtures have arrived (then a little longer, so extras
    /// show). On a timeout the message names the books that did arrive and, when given, <paramref name="describe"/>'s
    /// account of the service's state, so a failure explains itself.
    /// </summary>
    public async Task<List<OddsCompiled>> WaitForFixturesAsync(
        int count, TimeSpan timeout, Func<CancellationToken, Task<string>>? describe, CancellationToken cancellationToken)
    {
        var arrived = await Eventually.HoldsAsync(
            async () => { await DrainAsync(cancellationToken); return Received.Select(o => o.FixtureId).Distinct().Count() >= count; },
            timeout, cancellationToken);
        if (!arrived)
        {
            var books = string.Join(", ", Received.Select(o => FormattableString.Invariant($"{o.FixtureId} ({o.ModelVersion}, {o.CompiledAt:O})")));
            var state = describe is null ? string.Empty : "; " + await describe(cancellationToken);
            throw new TimeoutException(
                FormattableString.Invariant($"Timed out after {timeout.TotalSeconds:0} s waiting for OddsCompiled for {count} fixtures; {Received.Count} arrived: [{books}]{state}"));
        }

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
