using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Statistico.Messaging.Outbox;
using Statistico.Messaging.Sagas;
using Statistico.Messaging.Scheduling;
using Statistico.Testing;

namespace Statistico.Messaging.Tests.Scheduling;

/// <summary>
/// A state machine's <c>Schedule(...)</c> on the Quartz scheduler, over real RabbitMQ and Postgres: the saga in the
/// Postgres repository behind the transactional outbox and inbox, as a trade saga with a deadline runs.
/// </summary>
[Trait("Category", "Integration")]
public sealed class SagaTimeoutTests(TestInfrastructure infrastructure)
{
    [Fact]
    public async Task A_saga_timeout_arrives_as_its_event_once_an_unscheduled_one_never_does_and_an_extended_one_moves()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await infrastructure.CreateDatabaseAsync("sagatimeout");
        await using var virtualHost = await infrastructure.CreateVirtualHostAsync("sagatimeout");
        var deadlines = new DeadlineJournal();
        await DeadlineDbContext.CreateSchemaAsync(database.ConnectionString);
        await using var host = await SchedulerTestHost.StartAsync(database, virtualHost, new ReminderJournal(), ct, extra: (services, bus) =>
        {
            services.AddSingleton(deadlines);
            // As a service runs it: the saga row, its inbox and the schedule request it sends in one transaction.
            services.AddDbContext<DeadlineDbContext>(options => options.UseNpgsql(database.ConnectionString));
            bus.AddSagaStateMachine<DeadlineStateMachine, DeadlineState>().PostgresRepository<DeadlineState, DeadlineDbContext>(SagaConcurrencyMode.Pessimistic);
            bus.AddStatisticoOutbox<DeadlineDbContext>();
        });
        var bus = host.Services.GetRequiredService<IBus>();
        var late = Guid.NewGuid();
        var onTime = Guid.NewGuid();
        var extended = Guid.NewGuid();

        await bus.Publish(new DeadlineStarted(late), ct);
        await bus.Publish(new DeadlineStarted(onTime), ct);
        await bus.Publish(new DeadlineStarted(extended), ct);
        // Evidence, not a pause: the three sagas are stored and waiting (their timeouts sent) before they are answered.
        await Eventually.UntilAsync(
            async () => (await SagaRowsAsync(database.ConnectionString, [late, onTime, extended], ct, allowMissing: true)).All(r => r.Item2 == "Waiting"),
            TimeSpan.FromSeconds(20), "the three sagas to be stored waiting", ct);
        await bus.Publish(new DeadlineMet(onTime), ct);
        var extendedAt = DateTime.UtcNow;
        await bus.Publish(new DeadlineExtended(extended), ct);

        // The unscheduled timeout's job is deleted from the store (MassTransit would also drop a stale timeout
        // by its token, so the store is the evidence that the cancel reached Quartz).
        Assert.True(
            await Eventually.HoldsAsync(async () => await QuartzTables.CountTriggersAsync(database.ConnectionString, ScheduledTriggers.MessageGroup, ct) == 2, TimeSpan.FromSeconds(4), ct),
            "the unscheduled timeout, or the one the extension replaced, is still stored");

        Assert.True(await Eventually.HoldsAsync(() => deadlines.Expired.Contains(extended), TimeSpan.FromSeconds(20), ct), "the extended timeout never reached the saga");
        await Task.Delay(TimeSpan.FromSeconds(1), ct);
        Assert.Equal(new[] { late, extended }.Order(), deadlines.Expired.Order()); // once each, never the unscheduled one
        Assert.True(deadlines.ExpiredAt(extended) >= extendedAt.AddSeconds(5).AddMilliseconds(-50), "the extension did not move the deadline");
        Assert.Equal(
            [(late, "Expired"), (onTime, "Done"), (extended, "Expired")],
            await SagaRowsAsync(database.ConnectionString, [late, onTime, extended], ct));
        await host.StopAsync(ct);
    }

    private static async Task<List<(Guid, string)>> SagaRowsAsync(string connectionString, Guid[] ids, CancellationToken ct, bool allowMissing = false)
    {
        await using var db = new DeadlineDbContext(new DbContextOptionsBuilder<DeadlineDbContext>().UseNpgsql(connectionString).Options);
        var rows = await db.Set<DeadlineState>().AsNoTracking().Where(d => ids.Contains(d.CorrelationId)).ToListAsync(ct);
        return ids.Select(id => (id, allowMissing
            ? rows.SingleOrDefault(r => r.CorrelationId == id)?.CurrentState ?? "missing"
            : rows.Single(r => r.CorrelationId == id).CurrentState)).ToList();
    }
}
