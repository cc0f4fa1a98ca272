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
/// 1,000 sagas driven through four events each, all published at once and in shuffled order, by two bus
/// instances (two processes) sharing one database and one queue: every saga ends complete, with no lost update
/// and no duplicate instance, and each publishes its completion exactly once.
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
        using var first = await StartAsync(database.ConnectionString, virtualHost.BrokerUri, mode, completions);
        using var second = await StartAsync(database.ConnectionString, virtualHost.BrokerUri, mode, completions);

        var ids = Enumerable.Range(0, Sagas).Select(_ => Guid.NewGuid()).ToList();
        var steps = ids.SelectMany(id => Enumerable.Range(0, StepsPerSaga).Select(step => new TallyStep(id, step)))
            .OrderBy(_ => Random.Shared.Next()).ToList();
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

        await first.StopAsync(ct);
        await second.StopAsync(ct);
    }

    private static Task<IHost> StartAsync(string database, Uri broker, SagaConcurrencyMode mode, CompletionJournal completions) =>
        MessagingHost.StartAsync(
            database,
            broker,
            bus =>
            {
                bus.AddSagaStateMachine<TallyStateMachine, TallyState>().PostgresRepository<TallyState, MessagingDbContext>(mode);
                bus.AddConsumer<TallyCompletedObserver>();
                bus.AddStatisticoOutbox<MessagingDbContext>();
            },
            services => services.AddSingleton(completions),
            new Dictionary<string, string?> { ["Messaging:RetryLimit"] = "20" });
}
