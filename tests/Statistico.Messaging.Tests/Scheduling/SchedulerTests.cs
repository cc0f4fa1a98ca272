using MassTransit;
using MassTransit.Scheduling;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Quartz;
using Statistico.Messaging.Scheduling;
using Statistico.Testing;

namespace Statistico.Messaging.Tests.Scheduling;

/// <summary>
/// Issue 3's scheduler acceptance on real Postgres and RabbitMQ: scheduled messages survive a restart and fire
/// once, cancelled ones never fire, and a cluster of schedulers fires each message, and each recurring firing, once.
/// </summary>
[Trait("Category", "Integration")]
public sealed class SchedulerTests(TestInfrastructure infrastructure)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task A_scheduled_message_survives_a_restart_and_fires_once_as_its_own_type_with_its_token()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await infrastructure.CreateDatabaseAsync("restart");
        await using var virtualHost = await infrastructure.CreateVirtualHostAsync("restart");
        var journal = new ReminderJournal();
        var reminder = new Reminder(Guid.NewGuid(), "kick-off");

        ScheduledMessage<Reminder> scheduled;
        await using (var first = await SchedulerTestHost.StartAsync(database, virtualHost, journal, ct))
        {
            scheduled = await ScheduleAsync(first, reminder, DateTime.UtcNow.AddSeconds(3), ct, tag: "kept across the restart");
            Assert.True(await Eventually.HoldsAsync(() => StoredAsync(database, 1, ct), Patience, ct), "the schedule was never stored");
            await first.StopAsync(ct); // the process "dies" before the message is due
        }

        Assert.Empty(journal.Delivered);
        await using var second = await SchedulerTestHost.StartAsync(database, virtualHost, journal, ct);

        Assert.True(await Eventually.HoldsAsync(() => journal.CountOf(reminder.Id) > 0, Patience, ct), "the reminder never fired after the restart");
        await Task.Delay(TimeSpan.FromSeconds(2), ct); // room for a second, wrong delivery
        var delivered = Assert.Single(journal.Delivered);
        Assert.Equal(scheduled.TokenId, delivered.SchedulingTokenId);
        Assert.Equal("kept across the restart", delivered.Tag);
        Assert.True(delivered.ReceivedUtc >= scheduled.ScheduledTime.AddMilliseconds(-50), "it fired before it was due");
        Assert.True(await StoredAsync(database, 0, ct), "the fired send trigger was left behind");
        Assert.True(
            await Eventually.HoldsAsync(async () => await QuartzTables.CountJobsAsync(database.ConnectionString, ScheduledTriggers.MessageGroup, ct) == 0, Patience, ct),
            "the sent schedule was never forgotten after its retention");
        await second.StopAsync(ct);
    }

    [Fact]
    public async Task A_cancelled_message_never_fires()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await infrastructure.CreateDatabaseAsync("cancel");
        await using var virtualHost = await infrastructure.CreateVirtualHostAsync("cancel");
        var journal = new ReminderJournal();
        await using var host = await SchedulerTestHost.StartAsync(database, virtualHost, journal, ct);
        var kept = new Reminder(Guid.NewGuid(), "kept");
        var cancelled = new Reminder(Guid.NewGuid(), "cancelled");
        // Far enough ahead that storing both schedules and the cancellation fit before it even on a starved CI machine.
        var due = DateTime.UtcNow.AddSeconds(12);

        var toCancel = await ScheduleAsync(host, cancelled, due, ct);
        await ScheduleAsync(host, kept, due, ct);
        Assert.True(await Eventually.HoldsAsync(() => StoredAsync(database, 2, ct), Patience, ct), "the schedules were never stored");
        await using (var scope = host.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<IMessageScheduler>().CancelScheduledSend(SchedulerTestHost.ReminderQueue, toCancel.TokenId, ct);
        }

        // The kept reminder, due at the same moment, shows the cancelled one had its chance to fire.
        Assert.True(await Eventually.HoldsAsync(() => journal.CountOf(kept.Id) == 1, Patience * 2, ct), "the kept reminder never fired");
        await Task.Delay(TimeSpan.FromSeconds(1), ct);
        Assert.Equal(0, journal.CountOf(cancelled.Id));
        Assert.True(await StoredAsync(database, 0, ct));
        await host.StopAsync(ct);
    }

    [Fact]
    public async Task A_repeated_schedule_request_leaves_one_job_and_one_delivery_even_after_it_was_sent()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await infrastructure.CreateDatabaseAsync("duplicate");
        await using var virtualHost = await infrastructure.CreateVirtualHostAsync("duplicate");
        var journal = new ReminderJournal();
        await using var host = await SchedulerTestHost.StartAsync(database, virtualHost, journal, ct);
        var reminder = new Reminder(Guid.NewGuid(), "asked three times");
        var request = new ScheduleMessageCommand<Reminder>(DateTime.UtcNow.AddSeconds(3), SchedulerTestHost.ReminderQueue, reminder, Guid.NewGuid());

        var scheduler = await host.Services.GetRequiredService<IBus>().GetSendEndpoint(SchedulerTestHost.SchedulerQueue);
        await scheduler.Send<ScheduleMessage>(request, ct);
        await scheduler.Send<ScheduleMessage>(request, ct);
        Assert.True(await Eventually.HoldsAsync(() => journal.CountOf(reminder.Id) > 0, Patience, ct), "the reminder never fired");

        // Redelivered after it fired (the broker lost the acknowledgement): remembered, so not sent again.
        await scheduler.Send<ScheduleMessage>(request, ct);
        await Task.Delay(TimeSpan.FromSeconds(2), ct);
        Assert.Equal(1, journal.CountOf(reminder.Id));
        Assert.Equal(request.CorrelationId, Assert.Single(journal.Delivered).SchedulingTokenId);
        await host.StopAsync(ct);
    }

    [Fact]
    public async Task A_cancel_that_overtakes_its_schedule_request_still_cancels_it()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await infrastructure.CreateDatabaseAsync("overtaken");
        await using var virtualHost = await infrastructure.CreateVirtualHostAsync("overtaken");
        var journal = new ReminderJournal();
        await using var host = await SchedulerTestHost.StartAsync(database, virtualHost, journal, ct);
        var tokenId = Guid.NewGuid();
        var cancelled = new Reminder(Guid.NewGuid(), "cancelled first");
        var control = new Reminder(Guid.NewGuid(), "control");
        var scheduler = await host.Services.GetRequiredService<IBus>().GetSendEndpoint(SchedulerTestHost.SchedulerQueue);

        await scheduler.Send<CancelScheduledMessage>(new { CorrelationId = Guid.NewGuid(), Timestamp = DateTime.UtcNow, TokenId = tokenId }, ct);
        Assert.True(
            await Eventually.HoldsAsync(async () => await QuartzTables.CountJobsAsync(database.ConnectionString, ScheduledTriggers.MessageGroup, ct) == 1, Patience, ct),
            "the cancel left no memory of the token");
        var due = DateTime.UtcNow.AddSeconds(1);
        await scheduler.Send<ScheduleMessage>(new ScheduleMessageCommand<Reminder>(due, SchedulerTestHost.ReminderQueue, cancelled, tokenId), ct);
        await scheduler.Send<ScheduleMessage>(new ScheduleMessageCommand<Reminder>(due, SchedulerTestHost.ReminderQueue, control, Guid.NewGuid()), ct);

        Assert.True(await Eventually.HoldsAsync(() => journal.CountOf(control.Id) == 1, Patience, ct), "the control reminder never fired");
        await Task.Delay(TimeSpan.FromSeconds(1), ct);
        Assert.Equal(0, journal.CountOf(cancelled.Id));
        await host.StopAsync(ct);
    }

    [Fact]
    public async Task Two_scheduler_instances_on_one_database_fire_each_message_once()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await infrastructure.CreateDatabaseAsync("cluster");
        await using var virtualHost = await infrastructure.CreateVirtualHostAsync("cluster");
        var journal = new ReminderJournal();
        await using var first = await SchedulerTestHost.StartAsync(database, virtualHost, journal, ct);
        await using var second = await SchedulerTestHost.StartAsync(database, virtualHost, journal, ct);
        Assert.True(await Eventually.HoldsAsync(async () => await QuartzTables.CountNodesAsync(database.ConnectionString, ct) == 2, Patience, ct), "both nodes never joined the cluster");
        Assert.True(await Eventually.HoldsAsync(async () => await SchedulerHealthAsync(first, ct) == HealthStatus.Healthy, Patience, ct), "the scheduler of first never reported healthy");
        Assert.True(await Eventually.HoldsAsync(async () => await SchedulerHealthAsync(second, ct) == HealthStatus.Healthy, Patience, ct), "the scheduler of second never reported healthy");

        var due = DateTime.UtcNow.AddSeconds(3);
        var reminders = Enumerable.Range(0, 20).Select(i => new Reminder(Guid.NewGuid(), $"r{i}")).ToList();
        foreach (var (reminder, index) in reminders.Select((r, i) => (r, i)))
        {
            await ScheduleAsync(index % 2 == 0 ? first : second, reminder, due, ct);
        }

        Assert.True(await Eventually.HoldsAsync(() => reminders.All(r => journal.CountOf(r.Id) > 0), Patience, ct), "not every reminder fired");
        await Task.Delay(TimeSpan.FromSeconds(2), ct);
        Assert.All(reminders, r => Assert.Equal(1, journal.CountOf(r.Id)));
        Assert.Equal(reminders.Count, journal.Delivered.Count);
        await Task.WhenAll(first.StopAsync(ct), second.StopAsync(ct));
    }

    [Fact]
    public async Task A_recurring_job_runs_each_firing_on_one_instance_only()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await infrastructure.CreateDatabaseAsync("recurring");
        await using var virtualHost = await infrastructure.CreateVirtualHostAsync("recurring");
        var polling = new PollingJournal();
        await using var first = await SchedulerTestHost.StartAsync(database, virtualHost, new ReminderJournal(), ct, polling);
        await using var second = await SchedulerTestHost.StartAsync(database, virtualHost, new ReminderJournal(), ct, polling);
        Assert.True(await Eventually.HoldsAsync(async () => await QuartzTables.CountNodesAsync(database.ConnectionString, ct) == 2, Patience, ct), "both nodes never joined the cluster");
        var joined = DateTimeOffset.UtcNow;

        // Every second: wait for five firings after both nodes are in.
        Assert.True(await Eventually.HoldsAsync(() => polling.Runs.Count(r => r.Scheduled > joined) >= 5, Patience, ct), "the recurring job stopped firing");
        await Task.WhenAll(first.StopAsync(ct), second.StopAsync(ct));

        var firings = polling.Runs.Where(r => r.Scheduled > joined).ToList();
        Assert.All(firings.GroupBy(r => r.Scheduled), firing => Assert.Single(firing));
    }

    [Fact]
    public async Task A_firing_quartz_repeats_runs_the_job_once_and_the_next_firing_runs()
    {
        // Quartz repeats a firing when it falsely recovers a slow node: the node taken for dead fires its acquired
        // trigger too, under the same scheduled time. Two triggers due at the same instant repeat a firing the same way,
        // without having to starve a node.
        var ct = TestContext.Current.CancellationToken;
        await using var database = await infrastructure.CreateDatabaseAsync("repeated-firing");
        await using var virtualHost = await infrastructure.CreateVirtualHostAsync("repeated-firing");
        var polling = new PollingJournal();
        var settings = new Dictionary<string, string?> { [$"Scheduler:RecurringJobs:{SchedulerTestHost.PollingJobName}:Cron"] = "0 0 0 1 1 ? 2099" };
        await using var host = await SchedulerTestHost.StartAsync(database, virtualHost, new ReminderJournal(), ct, polling, settings: settings);
        var scheduler = await host.Services.GetRequiredService<ISchedulerFactory>().GetScheduler(ct);
        var job = new JobKey(SchedulerTestHost.PollingJobName, RecurringJobQuartzExtensions.Group);
        var due = DateTimeOffset.UtcNow.AddSeconds(2);
        var next = due.AddSeconds(1);

        foreach (var (name, at) in new[] { ("first-copy", due), ("second-copy", due), ("next", next) })
        {
            await scheduler.ScheduleJob(TriggerBuilder.Create().ForJob(job).WithIdentity(name, RecurringJobQuartzExtensions.Group).StartAt(at).Build(), new ScheduleJobOptions(), ct);
        }

        Assert.True(await Eventually.HoldsAsync(() => polling.Runs.Any(r => r.Scheduled == next), Patience, ct), "the next firing never ran");
        Assert.True(
            await Eventually.HoldsAsync(async () => await QuartzTables.CountTriggersAsync(database.ConnectionString, RecurringJobQuartzExtensions.Group, ct) == 1, Patience, ct),
            "a copy of the firing never completed"); // the cron trigger is all that is left
        await host.StopAsync(ct);

        Assert.Single(polling.Runs, r => r.Scheduled == due);
        Assert.Equal(2, polling.Runs.Count);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_recurring_job_marked_to_run_on_start_runs_at_once_and_not_before_its_cron_otherwise(bool runOnStart)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await infrastructure.CreateDatabaseAsync("on-start");
        await using var virtualHost = await infrastructure.CreateVirtualHostAsync("on-start");
        var polling = new PollingJournal();
        var settings = new Dictionary<string, string?>
        {
            [$"Scheduler:RecurringJobs:{SchedulerTestHost.PollingJobName}:Cron"] = "0 0 0 1 1 ? 2099", // never in this test
            [$"Scheduler:RecurringJobs:{SchedulerTestHost.PollingJobName}:RunOnStart"] = runOnStart.ToString(),
        };
        await using var host = await SchedulerTestHost.StartAsync(database, virtualHost, new ReminderJournal(), ct, polling, settings: settings);

        if (runOnStart)
        {
            Assert.True(await Eventually.HoldsAsync(() => polling.Runs.Count > 0, Patience, ct), "the job did not run at start");
        }

        await Task.Delay(TimeSpan.FromSeconds(3), ct); // long enough to see a second run, or a first one without the flag
        await host.StopAsync(ct);
        Assert.Equal(runOnStart ? 1 : 0, polling.Runs.Count);
    }

    private static async Task<ScheduledMessage<Reminder>> ScheduleAsync(RunningHost host, Reminder reminder, DateTime dueUtc, CancellationToken ct, string? tag = null)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var scheduler = scope.ServiceProvider.GetRequiredService<IMessageScheduler>();
        var headers = Pipe.Execute<SendContext<Reminder>>(context =>
        {
            if (tag is not null)
            {
                context.Headers.Set("X-Tag", tag);
            }
        });
        return await scheduler.ScheduleSend(SchedulerTestHost.ReminderQueue, dueUtc, reminder, headers, ct);
    }

    private static async Task<HealthStatus> SchedulerHealthAsync(RunningHost host, CancellationToken ct)
    {
        var report = await host.Services.GetRequiredService<HealthCheckService>()
            .CheckHealthAsync(check => check.Name == SchedulerServiceCollectionExtensions.HealthCheckName, ct);
        return Assert.Single(report.Entries).Value.Status;
    }

    private static async Task<bool> StoredAsync(IsolatedDatabase database, long expected, CancellationToken ct) =>
        await QuartzTables.CountTriggersAsync(database.ConnectionString, ScheduledTriggers.MessageGroup, ct) == expected;
}
