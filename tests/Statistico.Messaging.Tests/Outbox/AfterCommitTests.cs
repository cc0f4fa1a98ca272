using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Statistico.Messaging.Outbox;
using Statistico.Messaging.Tests.Support;
using Statistico.Testing;

namespace Statistico.Messaging.Tests.Outbox;

/// <summary>
/// Work a consumer queues on <c>AfterCommit</c> runs once its message's transaction has committed (ADR 0405): it sees
/// the consumer's rows from another connection, and an attempt that rolled back runs nothing.
/// </summary>
[Trait("Category", "Integration")]
public sealed class AfterCommitTests(TestInfrastructure infrastructure) : IAsyncLifetime
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(45);
    private IsolatedDatabase? database;
    private IsolatedVirtualHost? virtualHost;

    public async ValueTask InitializeAsync()
    {
        database = await infrastructure.CreateDatabaseAsync("after-commit");
        virtualHost = await infrastructure.CreateVirtualHostAsync("after-commit");
        await MessagingHost.CreateSchemaAsync(database.ConnectionString);
    }

    public async ValueTask DisposeAsync()
    {
        await virtualHost!.DisposeAsync();
        await database!.DisposeAsync();
    }

    [Fact]
    public async Task Queued_work_runs_once_after_the_commit_and_never_for_an_attempt_that_rolled_back()
    {
        var witness = new AfterCommitWitness(database!.ConnectionString);
        using var host = await MessagingHost.StartAsync(
            database.ConnectionString,
            virtualHost!.BrokerUri,
            bus =>
            {
                bus.AddConsumer<WatchEntryConsumer>();
                bus.AddStatisticoOutbox<MessagingDbContext>();
            },
            services => services.AddSingleton(witness));
        var clean = Guid.NewGuid();
        var retried = Guid.NewGuid();

        var bus = host.Services.GetRequiredService<IBus>();
        await bus.Publish(new WatchEntry(clean, FailAttempts: 0), TestContext.Current.CancellationToken);
        await bus.Publish(new WatchEntry(retried, FailAttempts: 2), TestContext.Current.CancellationToken);
        // The work runs after the last, committed attempt: once it has run, every attempt is over.
        await Eventually.UntilAsync(() => witness.Runs(clean).Count > 0 && witness.Runs(retried).Count > 0, Patience, "the queued work to run", TestContext.Current.CancellationToken);

        Assert.Equal([true], witness.Runs(clean)); // ran once, and the consumer's row was committed by then
        Assert.Equal(3, witness.Attempts(retried));
        Assert.Equal([true], witness.Runs(retried)); // the two rolled-back attempts queued work that never ran
        await host.StopAsync(TestContext.Current.CancellationToken);
    }
}
