using System.Text;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Statistico.Messaging.Tests.Support;
using Statistico.Testing;

namespace Statistico.Messaging.Tests.Scheduling;

/// <summary>
/// Issue 15, defect 1: a redelivery chain followed to its end through the Postgres scheduler, the outbox and the
/// inbox together. Every delivery ends processed or dead-lettered; none is taken for a duplicate of an earlier one.
/// </summary>
[Trait("Category", "Integration")]
public sealed class RedeliveryChainTests(TestInfrastructure infrastructure)
{
    private const int Redeliveries = 3;
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    // One immediate retry per delivery and three one-second redeliveries: the whole chain takes seconds.
    private static readonly Dictionary<string, string?> Settings = new()
    {
        ["Messaging:RetryLimit"] = "1",
        ["Messaging:RetryMinInterval"] = "00:00:00.010",
        ["Messaging:RetryMaxInterval"] = "00:00:00.050",
        ["Messaging:RedeliveryIntervals:0"] = "00:00:01",
        ["Messaging:RedeliveryIntervals:1"] = "00:00:01",
        ["Messaging:RedeliveryIntervals:2"] = "00:00:01",
    };

    [Fact]
    public async Task A_message_that_fails_until_its_last_redelivery_is_processed_there()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await infrastructure.CreateDatabaseAsync("chainok");
        await using var virtualHost = await infrastructure.CreateVirtualHostAsync("chainok");
        var journal = new FlakyJournal();
        await using var host = await StartAsync(database, virtualHost, journal, ct);
        var id = Guid.NewGuid();

        await host.Services.GetRequiredService<IBus>().Publish(new ChainWork(id, Redeliveries), ct);

        Assert.True(await Eventually.HoldsAsync(() => journal.Attempts.Any(a => a.Id == id && a.Succeeded), Patience, ct), Describe(journal, id));
        await Task.Delay(TimeSpan.FromSeconds(2), ct); // room for a wrong extra attempt
        // Each delivery: the first try and one immediate retry; the last redelivery succeeds at its first try.
        Assert.Equal([0, 0, 1, 1, 2, 2, 3], journal.Attempts.Where(a => a.Id == id).Select(a => a.Redelivery));
        Assert.Single(journal.Attempts, a => a.Id == id && a.Succeeded);
        Assert.Null(await ErrorQueue.TakeAsync(virtualHost.BrokerUri, "chain_error", ct, TimeSpan.FromSeconds(1)));
        await host.StopAsync(ct);
    }

    [Fact]
    public async Task A_message_that_always_fails_is_dead_lettered_after_its_last_redelivery()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await infrastructure.CreateDatabaseAsync("chainerr");
        await using var virtualHost = await infrastructure.CreateVirtualHostAsync("chainerr");
        var journal = new FlakyJournal();
        await using var host = await StartAsync(database, virtualHost, journal, ct);
        var id = Guid.NewGuid();

        await host.Services.GetRequiredService<IBus>().Publish(new ChainWork(id, int.MaxValue), ct);

        var faulted = await ErrorQueue.TakeAsync(virtualHost.BrokerUri, "chain_error", ct, Patience);
        Assert.True(faulted is not null, Describe(journal, id));
        Assert.Contains(id.ToString(), Encoding.UTF8.GetString(faulted.Body.Span), StringComparison.Ordinal);
        await Task.Delay(TimeSpan.FromSeconds(2), ct); // room for a wrong extra attempt
        // Dead-lettered only after both tries of the third redelivery failed.
        Assert.Equal([0, 0, 1, 1, 2, 2, 3, 3], journal.Attempts.Where(a => a.Id == id).Select(a => a.Redelivery));
        Assert.DoesNotContain(journal.Attempts, a => a.Succeeded);
        await host.StopAsync(ct);
    }

    [Fact]
    public async Task A_consumer_that_succeeded_is_not_run_again_by_the_redeliveries_its_sibling_needs()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await infrastructure.CreateDatabaseAsync("chainsib");
        await using var virtualHost = await infrastructure.CreateVirtualHostAsync("chainsib");
        var journal = new FlakyJournal();
        var witness = new WitnessJournal();
        await using var host = await StartAsync(database, virtualHost, journal, ct, (services, bus) =>
        {
            services.AddSingleton(witness);
            bus.AddConsumer<ChainWitness>().Endpoint(endpoint => endpoint.Name = "chain");
        });
        var id = Guid.NewGuid();

        await host.Services.GetRequiredService<IBus>().Publish(new ChainWork(id, Redeliveries), ct);

        Assert.True(await Eventually.HoldsAsync(() => journal.Attempts.Any(a => a.Id == id && a.Succeeded), Patience, ct), Describe(journal, id));
        await Task.Delay(TimeSpan.FromSeconds(2), ct);
        // The message came back three times within the inbox window; the sibling's inbox row recognised each copy.
        Assert.Equal(1, witness.CountOf(id));
        await host.StopAsync(ct);
    }

    private static async Task<RunningHost> StartAsync(
        IsolatedDatabase database,
        IsolatedVirtualHost virtualHost,
        FlakyJournal journal,
        CancellationToken ct,
        Action<IServiceCollection, IBusRegistrationConfigurator>? extra = null)
    {
        await ScheduledOutbox.CreateSchemaAsync(database);
        return await SchedulerTestHost.StartAsync(database, virtualHost, new ReminderJournal(), ct, settings: Settings, extra: (services, bus) =>
        {
            services.AddSingleton(journal);
            bus.AddConsumer<ChainConsumer>();
            extra?.Invoke(services, bus);
            ScheduledOutbox.Add(services, bus, database);
        });
    }

    private static string Describe(FlakyJournal journal, Guid id) =>
        "attempts by redelivery count: [" + string.Join(", ", journal.Attempts.Where(a => a.Id == id).Select(a => a.Redelivery)) + "]";
}
