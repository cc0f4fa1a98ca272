using System.Diagnostics.Metrics;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Statistico.Messaging.Outbox;
using Statistico.Messaging.Tests.Support;
using Statistico.Testing;

namespace Statistico.Messaging.Tests.Outbox;

/// <summary>
/// The relay on the real broker and database: several relays share one outbox without sending a row twice or losing
/// one, a row that keeps failing is parked while the rest flows on, and a consumed message costs one transaction.
/// Deliveries are counted by a host without an inbox, so a duplicate would show.
/// </summary>
[Trait("Category", "Integration")]
public sealed class RelayTests(TestInfrastructure infrastructure) : IAsyncLifetime
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);
    private IsolatedDatabase? database;
    private IsolatedVirtualHost? virtualHost;

    public async ValueTask InitializeAsync()
    {
        database = await infrastructure.CreateDatabaseAsync("relay");
        virtualHost = await infrastructure.CreateVirtualHostAsync("relay");
        await MessagingHost.CreateSchemaAsync(database.ConnectionString);
    }

    public async ValueTask DisposeAsync()
    {
        await virtualHost!.DisposeAsync();
        await database!.DisposeAsync();
    }

    [Fact]
    public async Task Two_relays_on_one_database_deliver_every_row_exactly_once()
    {
        var ct = TestContext.Current.CancellationToken;
        using var observer = await StartObserverAsync();
        var first = new RelayDeleteCounter();
        var second = new RelayDeleteCounter();
        var smallBatches = new Dictionary<string, string?> { ["Messaging:Outbox:MessageDeliveryLimit"] = "25" };
        using var relayA = await StartAsync(smallBatches, first);
        using var relayB = await StartAsync(smallBatches, second);

        // A third process commits 2,000 rows at once; both relays find them on their next poll and race for them.
        var entries = Enumerable.Range(0, 2000).Select(_ => Guid.NewGuid()).ToList();
        using (var writer = await StartAsync(new() { ["Messaging:Outbox:RelayEnabled"] = "false" }))
        {
            await PublishInOneTransactionAsync(writer, entries);
            await writer.StopAsync(ct);
        }

        await Eventually.UntilAsync(() => entries.All(e => RawDeliveries.Of(e) >= 1), Patience, "every row to be delivered", ct);
        await Eventually.UntilAsync(async () => await CountAsync<OutboxMessage>(m => true) == 0, Patience, "every delivered row to be removed", ct);

        Assert.All(entries, e => Assert.Equal(1, RawDeliveries.Of(e)));
        Assert.Equal(entries.Count, first.Deletes + second.Deletes);
        // Both relays did part of the work: the test saw them race for rows, not one relay alone.
        Assert.True(first.Deletes > 0 && second.Deletes > 0, $"relay A deleted {first.Deletes}, relay B {second.Deletes}");
    }

    [Fact]
    public async Task A_row_that_keeps_failing_is_parked_with_its_reason_and_the_rest_flows_on()
    {
        var ct = TestContext.Current.CancellationToken;
        using var observer = await StartObserverAsync();
        var good = Enumerable.Range(0, 20).Select(_ => Guid.NewGuid()).ToList();
        var poison = Guid.NewGuid();
        using (var writer = await StartAsync(new() { ["Messaging:Outbox:RelayEnabled"] = "false" }))
        {
            await PublishInOneTransactionAsync(writer, [poison, .. good]);
            await writer.StopAsync(ct);
        }

        // The poison row's headers cannot be read: it can never be sent, whatever the broker does.
        long poisonSequence;
        await using (var db = Open())
        {
            poisonSequence = (await db.Set<OutboxMessage>().OrderBy(m => m.SequenceNumber).FirstAsync(ct)).SequenceNumber;
            await db.Set<OutboxMessage>().Where(m => m.SequenceNumber == poisonSequence)
                .ExecuteUpdateAsync(set => set.SetProperty(m => m.Headers, "{not json"), ct);
        }

        var parkedCount = 0L;
        using var listener = ListenForParked(count => Interlocked.Add(ref parkedCount, count));
        var settings = new Dictionary<string, string?>
        {
            ["Messaging:Outbox:MaxDeliveryAttempts"] = "3",
            ["Messaging:Outbox:RetryBackoff"] = "00:00:00.100",
            ["Messaging:Outbox:QueryDelay"] = "00:00:00.100",
        };
        using var relay = await StartAsync(settings);

        await Eventually.UntilAsync(() => good.All(e => RawDeliveries.Of(e) == 1), Patience, "the good rows to flow past the poison one", ct);
        var parked = await Eventually.GetAsync(
            // By its sequence number: a good row the broker already has may not be deleted by the relay yet.
            async () => { await using var db = Open(); return await db.Set<OutboxMessage>().AsNoTracking().SingleOrDefaultAsync(m => m.SequenceNumber == poisonSequence, ct); },
            row => row?.Parked is not null, Patience, "the poison row to be parked", ct);

        Assert.Equal(3, parked!.DeliveryAttempts);
        Assert.Contains("JsonException", parked.LastError, StringComparison.Ordinal);
        Assert.Equal(0, RawDeliveries.Of(poison));
        // The relay counts a parked row after its transaction commits, so the row can be seen parked a moment before the count.
        await Eventually.UntilAsync(() => Interlocked.Read(ref parkedCount) >= 1, Patience, "the parked counter to be incremented", ct);
        var health = await relay.Services.GetRequiredService<HealthCheckService>().CheckHealthAsync(r => r.Name == "outbox", ct);
        Assert.Equal(HealthStatus.Degraded, health.Entries["outbox"].Status);

        // Parked is parked: later messages still flow and the row is never tried again.
        var later = Guid.NewGuid();
        await PublishInOneTransactionAsync(relay, [later]);
        await Eventually.UntilAsync(() => RawDeliveries.Of(later) == 1, Patience, "a later message to be delivered", ct);
        // Every delivered row is deleted in time; the parked one stays, not tried again.
        var left = await Eventually.GetAsync(
            async () => { await using var db = Open(); return await db.Set<OutboxMessage>().AsNoTracking().ToListAsync(ct); },
            rows => rows.Count == 1, Patience, "only the parked row to be left in the outbox", ct);
        Assert.Equal((poisonSequence, 3), (left[0].SequenceNumber, left[0].DeliveryAttempts));
    }

    [Fact]
    public async Task A_consumed_message_costs_one_transaction_holding_its_inbox_row_state_and_outgoing_message()
    {
        var ct = TestContext.Current.CancellationToken;
        var journal = new LedgerJournal();
        var transactions = new TransactionCounter();
        // The relay is off so that every transaction counted is a consumer's.
        using var host = await MessagingHost.StartAsync(
            database!.ConnectionString,
            virtualHost!.BrokerUri,
            bus =>
            {
                bus.AddConsumer<RecordEntryConsumer>();
                bus.AddStatisticoOutbox<MessagingDbContext>();
            },
            services => services.AddSingleton(journal),
            new Dictionary<string, string?> { ["Messaging:Outbox:RelayEnabled"] = "false" },
            options => options.AddInterceptors(transactions));
        var entries = Enumerable.Range(0, 50).Select(_ => Guid.NewGuid()).ToList();
        var bus = host.Services.GetRequiredService<IBus>();
        foreach (var entry in entries)
        {
            await bus.Publish(new RecordEntry(entry, 1m), ct);
        }

        await Eventually.UntilAsync(async () => await CountAsync<InboxState>(i => i.Consumed != null) == entries.Count, Patience, "every command to be consumed", ct);
        // EF reports a commit after the database has it, so the last inbox row can be seen a moment before its count.
        await Eventually.UntilAsync(() => transactions.Committed >= entries.Count, Patience, "every consumer transaction to be counted", ct);

        Assert.Equal(entries.Count, transactions.Committed);
        Assert.Equal(0, transactions.RolledBack);
        Assert.Equal(entries.Count, await CountAsync<LedgerEntry>(e => true));
        Assert.Equal(entries.Count, await CountAsync<OutboxMessage>(m => true));
    }

    [Fact]
    public async Task A_message_discarded_with_ChangeTracker_Clear_is_never_sent_and_the_next_one_is()
    {
        var ct = TestContext.Current.CancellationToken;
        using var observer = await StartObserverAsync();
        using var host = await StartAsync([]);
        var discarded = Guid.NewGuid();
        var kept = Guid.NewGuid();
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<MessagingDbContext>();
            var publisher = scope.ServiceProvider.GetRequiredService<IPublishEndpoint>();
            db.Ledger.Add(new LedgerEntry { EntryId = discarded, Amount = 1m });
            await publisher.Publish(new EntryRecorded(discarded, 1m), ct);
            db.ChangeTracker.Clear(); // the caller changes its mind: the entry and its event go together
            db.Ledger.Add(new LedgerEntry { EntryId = kept, Amount = 2m });
            await publisher.Publish(new EntryRecorded(kept, 2m), ct);
            await db.SaveChangesAsync(ct);
        }

        await Eventually.UntilAsync(() => RawDeliveries.Of(kept) == 1, Patience, "the kept event to be delivered", ct);
        await Eventually.UntilAsync(async () => await CountAsync<OutboxMessage>(m => true) == 0, Patience, "the outbox to be empty", ct);
        Assert.Equal(0, RawDeliveries.Of(discarded));
        Assert.Equal(1, await CountAsync<LedgerEntry>(e => true));
    }

    private Task<IHost> StartObserverAsync() =>
        MessagingHost.StartAsync(database!.ConnectionString, virtualHost!.BrokerUri, bus => bus.AddConsumer<RawDeliveries>());

    private Task<IHost> StartAsync(Dictionary<string, string?> settings, RelayDeleteCounter? deletes = null) =>
        MessagingHost.StartAsync(
            database!.ConnectionString,
            virtualHost!.BrokerUri,
            bus => bus.AddStatisticoOutbox<MessagingDbContext>(),
            settings: settings,
            configureDatabase: deletes is null ? null : options => options.AddInterceptors(deletes));

    private static async Task PublishInOneTransactionAsync(IHost host, IReadOnlyList<Guid> entries)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MessagingDbContext>();
        var publisher = scope.ServiceProvider.GetRequiredService<IPublishEndpoint>();
        foreach (var entryId in entries)
        {
            db.Ledger.Add(new LedgerEntry { EntryId = entryId, Amount = 1m });
            await publisher.Publish(new EntryRecorded(entryId, 1m), TestContext.Current.CancellationToken);
        }

        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
    }

    private static MeterListener ListenForParked(Action<long> parked)
    {
        var listener = new MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter.Name == OutboxMetrics.MeterName && instrument.Name == "statistico.outbox.parked")
                {
                    l.EnableMeasurementEvents(instrument);
                }
            },
        };
        listener.SetMeasurementEventCallback<long>((_, value, _, _) => parked(value));
        listener.Start();
        return listener;
    }

    private async Task<int> CountAsync<T>(System.Linq.Expressions.Expression<Func<T, bool>> predicate)
        where T : class
    {
        await using var db = Open();
        return await db.Set<T>().CountAsync(predicate, TestContext.Current.CancellationToken);
    }

    private MessagingDbContext Open() =>
        new(new DbContextOptionsBuilder<MessagingDbContext>().UseNpgsql(database!.ConnectionString).Options);
}
