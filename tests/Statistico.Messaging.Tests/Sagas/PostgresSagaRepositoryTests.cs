using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Statistico.Messaging.Outbox;
using Statistico.Messaging.Sagas;
using Statistico.Messaging.Tests.Support;
using Statistico.Testing;

namespace Statistico.Messaging.Tests.Sagas;

/// <summary>
/// 1,000 sagas driven through four events each, all published at once (each saga's four back to back, in shuffled
/// order, so they reach the consumers together), by two bus instances (two processes) sharing one database and one
/// queue: every saga ends complete, with no lost update and no duplicate instance, and each publishes its
/// completion exactly once. The run must also show that
/// concurrent steps did collide (row-version conflicts or primary-key races on the first step) and were retried, so
/// the outcome is not the luck of a run without contention.
/// </summary>
[Trait("Category", "Integration")]
public sealed class PostgresSagaRepositoryTests(TestInfrastructure infrastructure)
{
    private const int Sagas = 1000;
    private const int StepsPerSaga = 4;

    [Theory]
    [InlineData(SagaConcurrencyMode.Optimistic)]
    [InlineData(SagaConcurrencyMode.Pessimistic)]
    public async Task Two_buses_drive_a_thousand_sagas_through_four_events_without_lost_updates_or_duplicates(SagaConcurrencyMode mode)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await infrastructure.CreateDatabaseAsync("sagas");
        await using var virtualHost = await infrastructure.CreateVirtualHostAsync("sagas");
        await MessagingHost.CreateSchemaAsync(database.ConnectionString);
        var completions = new CompletionJournal();
        var failures = new SaveFailures();
        var retries = new TallyRetries();
        using var first = await StartAsync(database.ConnectionString, virtualHost.BrokerUri, mode, completions, failures, retries);
        using var second = await StartAsync(database.ConnectionString, virtualHost.BrokerUri, mode, completions, failures, retries);

        var ids = Enumerable.Range(0, Sagas).Select(_ => Guid.NewGuid()).ToList();
        var random = new Random(TestSeed.Fresh()); // the steps' order: logged, replayed with STATISTICO_TEST_SEED
        var steps = ids.SelectMany(id => Enumerable.Range(0, StepsPerSaga).OrderBy(_ => random.Next()).Select(step => new TallyStep(id, step)))
            .ToList();
        var buses = new[] { first.Services.GetRequiredService<IBus>(), second.Services.GetRequiredService<IBus>() };
        await Parallel.ForEachAsync(steps.Select((step, index) => (step, index)), ct, async (item, token) =>
            await buses[item.index % 2].Publish(item.step, token));

        await Eventually.UntilAsync(() => completions.Distinct == Sagas, TimeSpan.FromMinutes(4), "every tally to complete", TestContext.Current.CancellationToken);
        await Task.Delay(TimeSpan.FromSeconds(1), ct); // room for a duplicate completion to show

        await using var db = new MessagingDbContext(new DbContextOptionsBuilder<MessagingDbContext>().UseNpgsql(database.ConnectionString).Options);
        var rows = await db.Set<TallyState>().AsNoTracking().ToListAsync(ct);
        Assert.Equal(Sagas, rows.Count);
        Assert.Equal(ids.Order(), rows.Select(r => r.CorrelationId).Order());
        Assert.All(rows, row =>
        {
            Assert.Equal(TallyStateMachine.AllSteps, row.Steps);
            Assert.Equal(StepsPerSaga, row.Count);
            Assert.Equal("Complete", row.CurrentState);
        });
        Assert.Equal(Sagas, completions.Total);
        var collisions = failures.Conflicts + failures.WithSqlState("23505");
        TestContext.Current.TestOutputHelper?.WriteLine(
            $"{mode}: {failures.Conflicts} row-version conflicts, {failures.WithSqlState("23505")} key races, {retries.Retried} steps run on a retry");
        Assert.True(collisions > 0, "no concurrent steps collided: the run proved nothing about concurrency");
        Assert.True(retries.Retried > 0, "collisions must be resolved by retrying the message");

        await first.StopAsync(ct);
        await second.StopAsync(ct);
    }

    private static Task<IHost> StartAsync(
        string database, Uri broker, SagaConcurrencyMode mode, CompletionJournal completions, SaveFailures failures, TallyRetries retries) =>
        MessagingHost.StartAsync(
            database,
            broker,
            bus =>
            {
                bus.AddSagaStateMachine<TallyStateMachine, TallyState>().PostgresRepository<TallyState, MessagingDbContext>(mode);
                bus.AddConsumer<TallyCompletedObserver>();
                bus.AddStatisticoOutbox<MessagingDbContext>();
            },
            services => services.AddSingleton(completions).AddSingleton(retries),
            new Dictionary<string, string?> { ["Messaging:RetryLimit"] = "20" },
            options => options.AddInterceptors(failures));
}
