using System.Runtime.Serialization;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Statistico.Messaging.Outbox;
using Statistico.Messaging.Serialization;
using Statistico.Messaging.Tests.Support;
using Statistico.Testing;

namespace Statistico.Messaging.Tests.Serialization;

/// <summary>
/// MarketOddsObserved on a real RabbitMQ (and Postgres for the outbox): sent binary, still read as JSON, corrupt
/// bodies parked in <c>_error</c>, and through the bus outbox and its relay the way the Odds Checker publishes.
/// </summary>
[Trait("Category", "Integration")]
public sealed class MarketOddsOnTheBrokerTests(TestInfrastructure infrastructure) : IAsyncLifetime
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(45);
    private readonly OddsJournal journal = new();
    private IsolatedDatabase? database;
    private IsolatedVirtualHost? virtualHost;

    public async ValueTask InitializeAsync()
    {
        database = await infrastructure.CreateDatabaseAsync("odds-wire");
        virtualHost = await infrastructure.CreateVirtualHostAsync("odds-wire");
        await MessagingHost.CreateSchemaAsync(database.ConnectionString);
    }

    public async ValueTask DisposeAsync()
    {
        await virtualHost!.DisposeAsync();
        await database!.DisposeAsync();
    }

    [Fact]
    public async Task A_published_message_arrives_binary_and_equal_to_what_was_sent()
    {
        var ct = TestContext.Current.CancellationToken;
        using var host = await StartAsync();
        var message = OddsMessages.BetfairSized();
        var messageId = Guid.NewGuid();

        await host.Services.GetRequiredService<IBus>().Publish(message, context => context.MessageId = messageId, ct);

        await Eventually.UntilAsync(() => journal.Batch(message.BatchId) is not null, Patience, "the consumer to receive the batch", ct);
        var received = journal.Batch(message.BatchId)!;
        Assert.Equal(MarketOddsWireFormat.ContentTypeName, received.ContentType);
        Assert.Equal(messageId, received.MessageId); // the raw format carries MassTransit's headers as transport headers
        SameMessage.Assert(message, received.Message);
        await host.StopAsync(ct);
    }

    [Fact]
    public async Task A_json_enveloped_message_from_before_the_change_is_still_consumed()
    {
        var ct = TestContext.Current.CancellationToken;
        using var host = await StartAsync();
        var message = OddsMessages.EdgeValues() with { BatchId = Guid.NewGuid() };

        await RawOddsPublisher.PublishJsonEnvelopeAsync(virtualHost!.BrokerUri, message, ct);

        await Eventually.UntilAsync(() => journal.Batch(message.BatchId) is not null, Patience, "the consumer to receive the JSON batch", ct);
        var received = journal.Batch(message.BatchId)!;
        Assert.Equal("application/vnd.masstransit+json", received.ContentType);
        Assert.Equal(message.Markets[0].Runners[0].Handicap, received.Message.Markets[0].Runners[0].Handicap);
        Assert.Equal(message.Markets[0].ObservedAt, received.Message.Markets[0].ObservedAt);
        await host.StopAsync(ct);
    }

    [Fact]
    public async Task A_corrupt_binary_body_lands_in_the_error_queue_and_the_next_good_message_still_flows()
    {
        var ct = TestContext.Current.CancellationToken;
        using var host = await StartAsync();
        var corrupt = MarketOddsWireFormat.Serialize(OddsMessages.BetfairSized())[..100];
        var good = OddsMessages.BetfairSized(seed: 2);

        await RawOddsPublisher.PublishAsync(virtualHost!.BrokerUri, corrupt, MarketOddsWireFormat.ContentTypeName, Guid.NewGuid(), ct);
        await host.Services.GetRequiredService<IBus>().Publish(good, ct);

        await Eventually.UntilAsync(() => journal.Batch(good.BatchId) is not null, Patience, "the good batch after the corrupt one", ct);
        var parked = await ErrorQueue.TakeAsync(virtualHost.BrokerUri, "odds-recorder_error", ct);
        Assert.NotNull(parked);
        Assert.Equal(corrupt, parked.Body.ToArray());
        Assert.Equal(MarketOddsWireFormat.ContentTypeName, parked.BasicProperties.ContentType);
        Assert.Single(journal.Received);
        await host.StopAsync(ct);
    }

    [Fact]
    public async Task Through_the_bus_outbox_and_its_relay_the_consumer_receives_the_same_message_binary()
    {
        var ct = TestContext.Current.CancellationToken;
        var message = OddsMessages.BetfairSized(seed: 3);
        var relayOff = new Dictionary<string, string?> { ["Messaging:Outbox:RelayEnabled"] = "false" };
        using (var storing = await StartAsync(relayOff))
        {
            await using (var scope = storing.Services.CreateAsyncScope())
            {
                // The Odds Checker's path: publish outside a consumer, then SaveChanges.
                await scope.ServiceProvider.GetRequiredService<IPublishEndpoint>().Publish(message, ct);
                await scope.ServiceProvider.GetRequiredService<MessagingDbContext>().SaveChangesAsync(ct);
            }

            await storing.StopAsync(ct);
        }

        await using (var db = Open())
        {
            var stored = await db.Set<OutboxMessage>().SingleAsync(ct);
            Assert.Equal(MarketOddsWireFormat.ContentTypeName, stored.ContentType);
            SameMessage.Assert(message, MarketOddsWireFormat.Deserialize(Convert.FromBase64String(stored.Body)));
        }

        using var relaying = await StartAsync();
        await Eventually.UntilAsync(() => journal.Batch(message.BatchId) is not null, Patience, "the relay to deliver the stored batch", ct);
        var received = journal.Batch(message.BatchId)!;
        Assert.Equal(MarketOddsWireFormat.ContentTypeName, received.ContentType);
        SameMessage.Assert(message, received.Message);
        await relaying.StopAsync(ct);
    }

    [Fact]
    public async Task A_message_of_another_type_is_not_sent_with_the_binary_serializer()
    {
        var ct = TestContext.Current.CancellationToken;
        using var host = await StartAsync();
        var endpoint = await host.Services.GetRequiredService<IBus>().GetSendEndpoint(new Uri("queue:odds-recorder"));

        var refused = await Assert.ThrowsAnyAsync<Exception>(() =>
            endpoint.Send(new Probe("not odds"), context => context.Serializer = new MarketOddsMessageSerializer(), ct));

        Assert.IsType<SerializationException>(refused.GetBaseException(), exactMatch: false);
        await host.StopAsync(ct);
    }

    private Task<IHost> StartAsync(IDictionary<string, string?>? settings = null) =>
        MessagingHost.StartAsync(
            database!.ConnectionString,
            virtualHost!.BrokerUri,
            bus =>
            {
                bus.AddConsumer<OddsRecorder>();
                bus.AddStatisticoOutbox<MessagingDbContext>();
            },
            services => services.AddSingleton(journal),
            new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>()) { ["Messaging:RetryLimit"] = "1" });

    private MessagingDbContext Open() =>
        new(new DbContextOptionsBuilder<MessagingDbContext>().UseNpgsql(database!.ConnectionString).Options);
}
