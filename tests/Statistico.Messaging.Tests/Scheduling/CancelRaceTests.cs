using MassTransit;
using MassTransit.Scheduling;
using Microsoft.Extensions.DependencyInjection;
using Statistico.Messaging.Scheduling;
using Statistico.Testing;

namespace Statistico.Messaging.Tests.Scheduling;

/// <summary>
/// Issue 15, defect 5: a cancel handled while its schedule request is being stored (both on the scheduler queue,
/// consumed concurrently) still cancels it. A thousand races, each pair sent at once in either order.
/// </summary>
[Trait("Category", "Integration")]
public sealed class CancelRaceTests(TestInfrastructure infrastructure)
{
    private const int Batches = 20;
    private const int PairsPerBatch = 50;
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    // Cancelled schedules are remembered for the whole test, so every cancel's expiry trigger can be counted.
    private static readonly Dictionary<string, string?> Settings = new() { ["Scheduler:CompletedRetention"] = "00:10:00" };

    [Fact]
    public async Task A_thousand_cancels_racing_their_schedule_requests_leave_nothing_to_fire()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await infrastructure.CreateDatabaseAsync("cancelrace");
        await using var virtualHost = await infrastructure.CreateVirtualHostAsync("cancelrace");
        var journal = new ReminderJournal();
        await using var host = await SchedulerTestHost.StartAsync(database, virtualHost, journal, ct, settings: Settings);
        var scheduler = await host.Services.GetRequiredService<IBus>().GetSendEndpoint(SchedulerTestHost.SchedulerQueue);
        var due = DateTime.UtcNow;

        for (var batch = 0; batch < Batches; batch++)
        {
            // Due well after the batch is handled, so a send trigger left behind is a cancel that missed, not a late one
            // (10 seconds was not enough under a load average of 40: a schedule stored before its cancel fired first).
            due = DateTime.UtcNow.AddSeconds(30);
            var pairs = Enumerable.Range(0, PairsPerBatch).Select(i => RaceAsync(scheduler, due, cancelFirst: i % 2 == 1, ct));
            await Task.WhenAll(pairs);
            var cancelled = (batch + 1) * PairsPerBatch;
            await Eventually.UntilAsync(async () => await CountAsync(database, ScheduledTriggers.ExpiryGroup, ct) == cancelled, Patience, $"{cancelled} cancels to be handled", ct);
            Assert.True(DateTime.UtcNow < due, $"batch {batch} was handled after its reminders were due: the race was not tested");
        }

        // Every cancel has been handled, and a schedule request handled after its cancel finds the token taken.
        Assert.Equal(0, await CountAsync(database, ScheduledTriggers.MessageGroup, ct));

        // A control scheduled for the last due time shows the cancelled ones had their chance to fire.
        var control = new Reminder(Guid.NewGuid(), "control");
        await scheduler.Send<ScheduleMessage>(new ScheduleMessageCommand<Reminder>(due, SchedulerTestHost.ReminderQueue, control, Guid.NewGuid()), ct);
        await Eventually.UntilAsync(() => journal.CountOf(control.Id) == 1, Patience, "the control reminder", ct);
        await Task.Delay(TimeSpan.FromSeconds(2), ct);
        Assert.Equal([control.Id], journal.Delivered.Select(d => d.Id));
        await host.StopAsync(ct);
    }

    private static Task RaceAsync(ISendEndpoint scheduler, DateTime due, bool cancelFirst, CancellationToken ct)
    {
        var token = Guid.NewGuid();
        Task Schedule() => scheduler.Send<ScheduleMessage>(
            new ScheduleMessageCommand<Reminder>(due, SchedulerTestHost.ReminderQueue, new Reminder(Guid.NewGuid(), "cancelled"), token), ct);
        Task Cancel() => scheduler.Send<CancelScheduledMessage>(new { CorrelationId = Guid.NewGuid(), Timestamp = DateTime.UtcNow, TokenId = token }, ct);
        return cancelFirst ? Task.WhenAll(Cancel(), Schedule()) : Task.WhenAll(Schedule(), Cancel());
    }

    private static Task<long> CountAsync(IsolatedDatabase database, string group, CancellationToken ct) =>
        QuartzTables.CountTriggersAsync(database.ConnectionString, group, ct);
}
