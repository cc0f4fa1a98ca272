using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Statistico.Messaging.Outbox;
using Statistico.Messaging.Tests.Support;
using Statistico.Testing;

namespace Statistico.Messaging.Tests.Outbox;

/// <summary>
/// The transactional outbox and inbox on real Postgres and RabbitMQ: a state change and the messages it causes
/// commit together, survive a crash between commit and publish, and a redelivered message is processed once.
/// </summary>
[Trait("Category", "Integration")]
public sealed class OutboxTests(TestInfrastructure infrastructure) : IAsyncLifetime
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(45);
    private readonly LedgerJournal journal = new();
    private IsolatedDatabase? database;
    private IsolatedVirtualHost? virtualHost;

    public async ValueTask InitializeAsync()
    {
        database = await infrastructure.CreateDatabaseAsync("outbox");
        virtualHost = await infrastructure.CreateVirtualHostAsync("outbox");
        await MessagingHost.CreateSchemaAsync(database.ConnectionString);
    }

    public async ValueTask DisposeAsync()
    {
        await virtualHost!.DisposeAsync();
        await database!.DisposeAsync();
    }

    [Fact]
    public async Task A_crash_between_the_commit_and_the_publish_loses_nothing_and_the_redelivered_message_is_processed_once()
    {
        var entryId = Guid.NewGuid();
        await using var proxy = new TcpProxy(virtualHost!.BrokerUri.Host, virtualHost.BrokerUri.Port);
        // The first process loses the broker right after the consumer's transaction commits: the entry and the
        // stored event are durable, the event cannot be sent. Then the process is stopped for good.
        var cutAfterCommit = new CutBrokerAfterCommit(proxy);
        // The consumer may run before the broker's confirm of the test's own publish is back; cutting then would
        // leave that publish waiting for a confirm over a connection that never returns. So it waits for the confirm.
        var published = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        journal.WhileConsuming = (_, db) =>
        {
            Assert.True(published.Task.Wait(Patience, TestContext.Current.CancellationToken), "the publish to be confirmed");
            cutAfterCommit.Arm(db);
        };
        var fewRetries = new Dictionary<string, string?> { ["Messaging:RetryLimit"] = "1" };
        using (var crashing = await StartLedgerAsync(virtualHost.BrokerUriThrough(proxy.Port), fewRetries, options => options.AddInterceptors(cutAfterCommit)))
        {
            await crashing.Services.GetRequiredService<IBus>().Publish(new RecordEntry(entryId, 12.5m), TestContext.Current.CancellationToken);
            published.SetResult();
            await Eventually.UntilAsync(() => journal.TimesConsumed(entryId) == 1, Patience, "the first process to consume", TestContext.Current.CancellationToken);
            await Eventually.UntilAsync(InboxConsumedAsync(entryId), Patience, "the consume transaction to commit", TestContext.Current.CancellationToken);
            await crashing.StopAsync(TestContext.Current.CancellationToken);
        }

        Assert.Equal(0, journal.TimesObserved(entryId));
        Assert.Equal(1, await CountAsync<OutboxMessage>());

        journal.WhileConsuming = null;
        using var restarted = await StartLedgerAsync(virtualHost.BrokerUri);
        await Eventually.UntilAsync(() => journal.TimesObserved(entryId) == 1, Patience, "the restarted process to deliver the stored event", TestContext.Current.CancellationToken);
        await Task.Delay(TimeSpan.FromSeconds(1), TestContext.Current.CancellationToken); // room for a duplicate to show

        Assert.Equal(1, journal.TimesConsumed(entryId));
        Assert.Equal(1, journal.TimesObserved(entryId));
        Assert.Equal(1, await CountAsync<LedgerEntry>());
        await Eventually.UntilAsync(async () => await CountAsync<OutboxMessage>() == 0, Patience, "delivered outbox rows to be removed", TestContext.Current.CancellationToken);
        await restarted.StopAsync(TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task The_same_message_id_delivered_twice_is_processed_once()
    {
        var entryId = Guid.NewGuid();
        var messageId = Guid.NewGuid();
        using var host = await StartLedgerAsync(virtualHost!.BrokerUri);
        var bus = host.Services.GetRequiredService<IBus>();

        for (var copy = 0; copy < 2; copy++)
        {
            await bus.Publish(new RecordEntry(entryId, 3m), context => context.MessageId = messageId, TestContext.Current.CancellationToken);
        }

        await Eventually.UntilAsync(() => journal.TimesObserved(entryId) == 1, Patience, "the entry to be recorded", TestContext.Current.CancellationToken);
        // The first copy inserts the inbox row and the second counts itself on it: two receipts mean both copies have
        // been through the inbox, so a second run of the consumer would have happened by now.
        await Eventually.UntilAsync(InboxRoundsAsync(messageId, atLeast: 2), Patience, "both copies to be received", TestContext.Current.CancellationToken);

        Assert.Equal(1, journal.TimesConsumed(entryId));
        Assert.Equal(1, journal.TimesObserved(entryId));
        Assert.Equal(1, await CountAsync<LedgerEntry>());
        await host.StopAsync(TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task A_publish_outside_a_consumer_is_stored_with_the_change_and_sent_by_the_relay_after_a_restart()
    {
        var entryId = Guid.NewGuid();
        var relayOff = new Dictionary<string, string?> { ["Messaging:Outbox:RelayEnabled"] = "false" };
        using (var crashed = await StartLedgerAsync(virtualHost!.BrokerUri, relayOff))
        {
            await using (var scope = crashed.Services.CreateAsyncScope())
            {
                var db = scope.ServiceProvider.GetRequiredService<MessagingDbContext>();
                var publisher = scope.ServiceProvider.GetRequiredService<IPublishEndpoint>();
                db.Ledger.Add(new LedgerEntry { EntryId = entryId, Amount = 7m });
                await publisher.Publish(new EntryRecorded(entryId, 7m), TestContext.Current.CancellationToken);
                await db.SaveChangesAsync(TestContext.Current.CancellationToken);
            }

            await Task.Delay(TimeSpan.FromSeconds(2), TestContext.Current.CancellationToken);
            Assert.Equal(0, journal.TimesObserved(entryId)); // stored, not sent: this process "died" before relaying
            Assert.Equal(1, await CountAsync<OutboxMessage>());
            await crashed.StopAsync(TestContext.Current.CancellationToken);
        }

        using var restarted = await StartLedgerAsync(virtualHost.BrokerUri);
        await Eventually.UntilAsync(() => journal.TimesObserved(entryId) == 1, Patience, "the relay to deliver after the restart", TestContext.Current.CancellationToken);
        await Eventually.UntilAsync(async () => await CountAsync<OutboxMessage>() == 0, Patience, "the relay to remove the delivered rows", TestContext.Current.CancellationToken);

        Assert.Equal(1, journal.TimesObserved(entryId));
        Assert.Equal(0, await CountAsync<OutboxMessage>());
        await restarted.StopAsync(TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task A_batch_larger_than_the_send_window_is_delivered_once_per_message_and_removed()
    {
        var entries = Enumerable.Range(0, 300).Select(_ => Guid.NewGuid()).ToList();
        var settings = new Dictionary<string, string?> { ["Messaging:Outbox:SendWindow"] = "64" };
        using var host = await StartLedgerAsync(virtualHost!.BrokerUri, settings);
        await PublishInOneTransactionAsync(host, entries);

        await Eventually.UntilAsync(() => entries.All(e => journal.TimesObserved(e) >= 1), Patience, "the relay to deliver all 300", TestContext.Current.CancellationToken);
        await Eventually.UntilAsync(async () => await CountAsync<OutboxMessage>() == 0, Patience, "the relay to remove the rows", TestContext.Current.CancellationToken);
        await Task.Delay(TimeSpan.FromSeconds(1), TestContext.Current.CancellationToken);

        Assert.All(entries, e => Assert.Equal(1, journal.TimesObserved(e)));
        Assert.Equal(0, await CountAsync<OutboxMessage>());
        await host.StopAsync(TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task A_held_relay_delivers_nothing_until_the_hold_is_released_and_quiet()
    {
        var entryId = Guid.NewGuid();
        var settings = new Dictionary<string, string?> { ["Messaging:Outbox:HoldQuietPeriod"] = "00:00:05" };
        using var host = await StartLedgerAsync(virtualHost!.BrokerUri, settings);
        var hold = host.Services.GetRequiredService<OutboxRelayHold>();
        var held = hold.Hold();
        await PublishInOneTransactionAsync(host, [entryId]);

        await Task.Delay(TimeSpan.FromSeconds(3), TestContext.Current.CancellationToken);
        Assert.Equal(0, journal.TimesObserved(entryId));
        Assert.Equal(1, await CountAsync<OutboxMessage>());

        held.Dispose();
        Assert.True(hold.IsHeld); // the quiet period: back-to-back uploads count as one hold
        await Eventually.UntilAsync(() => journal.TimesObserved(entryId) == 1, Patience, "the relay to deliver after the hold", TestContext.Current.CancellationToken);
        await host.StopAsync(TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task A_hold_never_keeps_the_relay_back_longer_than_the_maximum()
    {
        var entryId = Guid.NewGuid();
        var settings = new Dictionary<string, string?> { ["Messaging:Outbox:MaxHold"] = "00:00:02" };
        using var host = await StartLedgerAsync(virtualHost!.BrokerUri, settings);
        using var neverReleased = host.Services.GetRequiredService<OutboxRelayHold>().Hold();
        await PublishInOneTransactionAsync(host, [entryId]);

        await Eventually.UntilAsync(() => journal.TimesObserved(entryId) == 1, Patience, "the relay to deliver once the hold expired", TestContext.Current.CancellationToken);
        Assert.False(host.Services.GetRequiredService<OutboxRelayHold>().IsHeld);
        await host.StopAsync(TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task A_publish_without_save_changes_sends_nothing()
    {
        var entryId = Guid.NewGuid();
        using var host = await StartLedgerAsync(virtualHost!.BrokerUri);
        await using (var scope = host.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<IPublishEndpoint>()
                .Publish(new EntryRecorded(entryId, 1m), TestContext.Current.CancellationToken);
        }

        await Task.Delay(TimeSpan.FromSeconds(2), TestContext.Current.CancellationToken);
        Assert.Equal(0, journal.TimesObserved(entryId));
        Assert.Equal(0, await CountAsync<OutboxMessage>());
        await host.StopAsync(TestContext.Current.CancellationToken);
    }

    private Task<IHost> StartLedgerAsync(
        Uri broker, IDictionary<string, string?>? settings = null, Action<DbContextOptionsBuilder>? configureDatabase = null) =>
        MessagingHost.StartAsync(
            database!.ConnectionString,
            broker,
            bus =>
            {
                bus.AddConsumer<RecordEntryConsumer>();
                bus.AddConsumer<EntryRecordedObserver>();
                bus.AddStatisticoOutbox<MessagingDbContext>();
            },
            services => services.AddSingleton(journal),
            settings,
            configureDatabase);

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

    private Func<Task<bool>> InboxConsumedAsync(Guid entryId) => async () =>
    {
        await using var db = Open();
        return await db.Ledger.AnyAsync(e => e.EntryId == entryId, TestContext.Current.CancellationToken)
            && await db.Set<InboxState>().AnyAsync(i => i.Consumed != null, TestContext.Current.CancellationToken);
    };

    private Func<Task<bool>> InboxRoundsAsync(Guid messageId, int atLeast) => async () =>
    {
        await using var db = Open();
        var row = await db.Set<InboxState>().AsNoTracking()
            .Where(i => i.MessageId == messageId).SingleOrDefaultAsync(TestContext.Current.CancellationToken);
        return row is { Delivered: not null } && row.ReceiveCount >= atLeast;
    };

    private async Task<int> CountAsync<T>()
        where T : class
    {
        await using var db = Open();
        return await db.Set<T>().CountAsync(TestContext.Current.CancellationToken);
    }

    private MessagingDbContext Open() =>
        new(new DbContextOptionsBuilder<MessagingDbContext>().UseNpgsql(database!.ConnectionString).Options);
}
