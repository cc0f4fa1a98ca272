using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Quartz;
using Statistico.Messaging.Scheduling;
using Statistico.Testing;

namespace Statistico.Messaging.Tests.Scheduling;

/// <summary>
/// Issue 15, defect 8: how <see cref="ScheduledMessageJob"/> reads a firing that Quartz recovers after the node
/// running it died. A recovered firing runs under a recovery trigger of Quartz's own; the job must act as the
/// trigger it replays: a recovered send sends once, a recovered expiry forgets the schedule and sends nothing.
/// </summary>
[Trait("Category", "Integration")]
public sealed class RecoveryTests(TestInfrastructure infrastructure)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    // Forgotten two seconds after it is sent, so the expiry fires within the test.
    private static readonly Dictionary<string, string?> Settings = new() { ["Scheduler:CompletedRetention"] = "00:00:02" };

    [Fact]
    public async Task A_send_whose_node_died_mid_fire_is_sent_once_by_the_next_node_and_then_forgotten()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await infrastructure.CreateDatabaseAsync("recoversend");
        await using var virtualHost = await infrastructure.CreateVirtualHostAsync("recoversend");
        var journal = new ReminderJournal();
        var stall = new StalledFiring(ScheduledTriggers.MessageGroup);
        await using var dying = await StartStalledAsync(database, virtualHost, journal, stall, ct);
        try
        {
            var reminder = await ScheduleAsync(dying, ct);
            await stall.Entered.WaitAsync(Patience, ct);
            await DieAsync(dying, ct);
            Assert.Equal(0, journal.CountOf(reminder.Id));

            await using var next = await SchedulerTestHost.StartAsync(database, virtualHost, journal, ct, settings: Settings);

            await Eventually.UntilAsync(() => journal.CountOf(reminder.Id) > 0, Patience, "the recovered send", ct);
            await Eventually.UntilAsync(async () => await JobsAsync(database, ct) == 0, Patience, "the sent schedule to be forgotten", ct);
            Assert.Equal(1, journal.CountOf(reminder.Id));
            await next.StopAsync(ct);
        }
        finally
        {
            stall.Release();
        }
    }

    [Fact]
    public async Task An_expiry_whose_node_died_mid_fire_forgets_the_schedule_and_sends_nothing_again()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await infrastructure.CreateDatabaseAsync("recoverexpiry");
        await using var virtualHost = await infrastructure.CreateVirtualHostAsync("recoverexpiry");
        var journal = new ReminderJournal();
        var stall = new StalledFiring(ScheduledTriggers.ExpiryGroup);
        await using var dying = await StartStalledAsync(database, virtualHost, journal, stall, ct);
        try
        {
            var reminder = await ScheduleAsync(dying, ct);
            await Eventually.UntilAsync(() => journal.CountOf(reminder.Id) == 1, Patience, "the reminder", ct);
            await stall.Entered.WaitAsync(Patience, ct);
            await DieAsync(dying, ct);

            await using var next = await SchedulerTestHost.StartAsync(database, virtualHost, journal, ct, settings: Settings);

            await Eventually.UntilAsync(async () => await JobsAsync(database, ct) == 0, Patience, "the recovered expiry to forget the schedule", ct);
            await Task.Delay(TimeSpan.FromSeconds(2), ct); // room for a wrong second send
            Assert.Equal(1, journal.CountOf(reminder.Id));
            await next.StopAsync(ct);
        }
        finally
        {
            stall.Release();
        }
    }

    private static async Task<RunningHost> StartStalledAsync(
        IsolatedDatabase database, IsolatedVirtualHost virtualHost, ReminderJournal journal, StalledFiring stall, CancellationToken ct)
    {
        var host = await SchedulerTestHost.StartAsync(database, virtualHost, journal, ct, settings: Settings);
        var scheduler = await host.Services.GetRequiredService<ISchedulerFactory>().GetScheduler(ct);
        scheduler.ListenerManager.AddJobListener(stall, [GroupMatcher<JobKey>.GroupEquals(ScheduledTriggers.MessageGroup)]);
        return host;
    }

    private static async Task<Reminder> ScheduleAsync(RunningHost host, CancellationToken ct)
    {
        var reminder = new Reminder(Guid.NewGuid(), "recovered");
        await using var scope = host.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IMessageScheduler>()
            .ScheduleSend(SchedulerTestHost.ReminderQueue, DateTime.UtcNow.AddSeconds(1), reminder, ct);
        return reminder;
    }

    // The node's scheduler stops without waiting for the held firing, which stays recorded as its own; its bus
    // stays up, as another service's would.
    private static async Task DieAsync(RunningHost host, CancellationToken ct)
    {
        var scheduler = await host.Services.GetRequiredService<ISchedulerFactory>().GetScheduler(ct);
        await scheduler.Shutdown(waitForJobsToComplete: false, ct);
    }

    private static Task<long> JobsAsync(IsolatedDatabase database, CancellationToken ct) =>
        QuartzTables.CountJobsAsync(database.ConnectionString, ScheduledTriggers.MessageGroup, ct);
}
