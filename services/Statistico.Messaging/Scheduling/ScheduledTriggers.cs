using MassTransit.Scheduling;
using Quartz;

namespace Statistico.Messaging.Scheduling;

/// <summary>The Quartz jobs and triggers behind scheduled messages: their keys, recovery and retry.</summary>
public static class ScheduledTriggers
{
    /// <summary>Job group of one-off scheduled messages; the job's name is the scheduling token id.</summary>
    public const string MessageGroup = "scheduled-messages";

    /// <summary>Prefix of the job group of recurring messages (the rest is MassTransit's schedule group).</summary>
    public const string RecurringGroupPrefix = "recurring-messages:";

    // A send fails only while the broker is unreachable; keep trying for hours rather than drop a timeout.
    private static readonly RetryPolicy SendRetry = RetryPolicy.Exponential(60, TimeSpan.FromSeconds(1), 2.0, TimeSpan.FromMinutes(5));

    /// <summary>The token id is the key, so a redelivered request replaces its own job and a cancel finds it.</summary>
    public static JobKey MessageJobKey(Guid tokenId) => new(tokenId.ToString("N"), MessageGroup);

    public static JobKey RecurringJobKey(string scheduleId, string? scheduleGroup) =>
        new(scheduleId, RecurringGroupPrefix + (scheduleGroup ?? string.Empty));

    /// <summary>
    /// The job that sends <paramref name="delivery"/>. It asks for recovery: if the node running it dies mid-send,
    /// another node runs it again (the repeated send carries the same message id for the inbox to drop).
    /// </summary>
    public static IJobDetail Job(JobKey key, ScheduledDelivery delivery)
    {
        ArgumentNullException.ThrowIfNull(delivery);
        return JobBuilder.Create<ScheduledMessageJob>()
            .WithIdentity(key)
            .RequestRecovery(true)
            .UsingJobData(ScheduledDelivery.JobDataKey, delivery.ToJson())
            .Build();
    }

    /// <summary>
    /// Fires once at <paramref name="dueUtc"/>. Missed (the cluster was down at the time), it fires as soon as a
    /// node is back, since a late timeout is still due; a failed send is retried by the policy above.
    /// </summary>
    public static ITrigger Once(JobKey key, DateTimeOffset dueUtc) =>
        TriggerBuilder.Create()
            .WithIdentity(key.Name, key.Group)
            .ForJob(key)
            .StartAt(dueUtc)
            .WithSchedule(SimpleScheduleBuilder.Create().WithMisfireInstruction(SimpleTriggerMisfireInstruction.FireNow))
            .WithRetryPolicy(SendRetry)
            .Build();

    /// <summary>A cron trigger for a MassTransit recurring schedule, honouring its time zone and missed-event policy.</summary>
    public static ITrigger Recurring(JobKey key, RecurringSchedule schedule)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        var timeZone = string.IsNullOrWhiteSpace(schedule.TimeZoneId) ? TimeZoneInfo.Utc : TimeZoneInfo.FindSystemTimeZoneById(schedule.TimeZoneId);
        var cron = CronScheduleBuilder.Create(schedule.CronExpression)
            .InTimeZone(timeZone)
            .WithMisfireInstruction(schedule.MisfirePolicy == MissedEventPolicy.Send
                ? CronTriggerMisfireInstruction.FireAndProceed
                : CronTriggerMisfireInstruction.DoNothing);
        return TriggerBuilder.Create()
            .WithIdentity(key.Name, key.Group)
            .ForJob(key)
            .WithDescription(schedule.Description)
            .StartAt(schedule.StartTime)
            .EndAt(schedule.EndTime)
            .WithSchedule(cron)
            .Build();
    }

    /// <summary>MassTransit sends UTC times; one that arrives without a kind is read as UTC, never as local.</summary>
    public static DateTimeOffset AsUtc(DateTime time) =>
        new(time.Kind == DateTimeKind.Unspecified ? DateTime.SpecifyKind(time, DateTimeKind.Utc) : time.ToUniversalTime());
}
