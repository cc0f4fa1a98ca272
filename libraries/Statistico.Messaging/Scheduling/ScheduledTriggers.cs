using MassTransit.Scheduling;
using Quartz;

namespace Statistico.Messaging.Scheduling;

/// <summary>The Quartz jobs and triggers behind scheduled messages: their keys, recovery, retry and expiry.</summary>
public static class ScheduledTriggers
{
    /// <summary>
    /// Job group of one-off scheduled messages (the job's name is the scheduling token id), and the group of the
    /// trigger that sends one.
    /// </summary>
    public const string MessageGroup = "scheduled-messages";

    /// <summary>Group of the trigger that forgets a sent or cancelled one-off schedule after the retention.</summary>
    public const string ExpiryGroup = "scheduled-messages-expiry";

    /// <summary>Prefix of the job group of recurring messages (the rest is MassTransit's schedule group).</summary>
    public const string RecurringGroupPrefix = "recurring-messages:";

    // A send fails only while the broker is unreachable; keep trying for hours rather than drop a timeout.
    private static readonly RetryPolicy SendRetry = RetryPolicy.Exponential(60, TimeSpan.FromSeconds(1), 2.0, TimeSpan.FromMinutes(5));

    /// <summary>The token id is the key, so a repeated request finds its own job and a cancel finds it too.</summary>
    public static JobKey MessageJobKey(Guid tokenId) => new(tokenId.ToString("N"), MessageGroup);

    public static TriggerKey SendTriggerKey(JobKey key) => new(key.Name, MessageGroup);

    public static JobKey RecurringJobKey(string scheduleId, string? scheduleGroup) =>
        new(scheduleId, RecurringGroupPrefix + (scheduleGroup ?? string.Empty));

    /// <summary>
    /// The job that sends <paramref name="delivery"/>. It asks for recovery: if the node running it dies mid-send,
    /// another node runs it again (the repeated send carries the same message id for the inbox to drop). A one-off
    /// job is durable: it outlives its send trigger as the memory that this token was handled.
    /// </summary>
    public static IJobDetail Job(JobKey key, ScheduledDelivery delivery, bool durable)
    {
        ArgumentNullException.ThrowIfNull(delivery);
        return JobBuilder.Create<ScheduledMessageJob>()
            .WithIdentity(key)
            .RequestRecovery(true)
            .StoreDurably(durable)
            .UsingJobData(ScheduledDelivery.JobDataKey, delivery.ToJson())
            .Build();
    }

    /// <summary>A job with nothing to send: the memory of a cancel that arrived before its schedule request.</summary>
    public static IJobDetail Tombstone(JobKey key) =>
        JobBuilder.Create<ScheduledMessageJob>().WithIdentity(key).StoreDurably(true).Build();

    /// <summary>
    /// Fires once at <paramref name="dueUtc"/>. Missed (the cluster was down at the time), it fires as soon as a
    /// node is back, since a late timeout is still due; a failed send is retried by the policy above.
    /// </summary>
    public static ITrigger Once(JobKey key, DateTimeOffset dueUtc) =>
        TriggerBuilder.Create()
            .WithIdentity(SendTriggerKey(key))
            .ForJob(key)
            .StartAt(dueUtc)
            .WithSchedule(SimpleScheduleBuilder.Create().WithMisfireInstruction(SimpleTriggerMisfireInstruction.FireNow))
            .WithRetryPolicy(SendRetry)
            .Build();

    /// <summary>Fires once at <paramref name="atUtc"/> to delete the job: the schedule is forgotten.</summary>
    public static ITrigger Expiry(JobKey key, DateTimeOffset atUtc) =>
        TriggerBuilder.Create()
            .WithIdentity(key.Name, ExpiryGroup)
            .ForJob(key)
            .StartAt(atUtc)
            .WithSchedule(SimpleScheduleBuilder.Create().WithMisfireInstruction(SimpleTriggerMisfireInstruction.FireNow))
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
