using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Statistico.Messaging.Scheduling;
using Statistico.Testing;

namespace Statistico.Messaging.Tests.Scheduling;

/// <summary>MassTransit's recurring schedule contracts on the Quartz scheduler.</summary>
[Trait("Category", "Integration")]
public sealed class RecurringMessageTests(TestInfrastructure infrastructure)
{
    [Fact]
    public async Task A_recurring_message_is_sent_on_its_cron_schedule_until_it_is_cancelled()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await infrastructure.CreateDatabaseAsync("recurringmessage");
        await using var virtualHost = await infrastructure.CreateVirtualHostAsync("recurringmessage");
        var journal = new ReminderJournal();
        await using var host = await SchedulerTestHost.StartAsync(database, virtualHost, journal, ct);
        var scheduler = await host.Services.GetRequiredService<IBus>().GetSendEndpoint(SchedulerTestHost.SchedulerQueue);
        var reminder = new Reminder(Guid.NewGuid(), "every second");
        var scheduleId = $"poll-{reminder.Id:N}";

        await scheduler.ScheduleRecurringSend(SchedulerTestHost.ReminderQueue, new EverySecondSchedule(scheduleId), reminder, ct);

        Assert.True(await Eventually.HoldsAsync(() => journal.CountOf(reminder.Id) >= 3, TimeSpan.FromSeconds(20), ct), "the recurring message did not keep coming");
        await scheduler.CancelScheduledRecurringSend(scheduleId, "tests");
        var group = ScheduledTriggers.RecurringGroupPrefix + "tests";
        Assert.True(
            await Eventually.HoldsAsync(async () => await QuartzTables.CountTriggersAsync(database.ConnectionString, group, ct) == 0, TimeSpan.FromSeconds(10), ct),
            "the recurring schedule was not deleted");
        await Task.Delay(TimeSpan.FromMilliseconds(500), ct); // a send already under way when it was cancelled lands
        var afterCancel = journal.CountOf(reminder.Id);
        await Task.Delay(TimeSpan.FromSeconds(2), ct);
        Assert.Equal(afterCancel, journal.CountOf(reminder.Id));
        Assert.All(journal.Delivered, d => Assert.Null(d.SchedulingTokenId));
        Assert.Equal(journal.Delivered.Count, journal.Delivered.Select(d => d.MessageId).Distinct().Count()); // an inbox must not drop a later firing
        await host.StopAsync(ct);
    }
}
