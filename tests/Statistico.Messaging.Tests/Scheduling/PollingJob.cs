using Quartz;

namespace Statistico.Messaging.Tests.Scheduling;

/// <summary>A recurring job like a service's odds poller; it only records that it ran.</summary>
public sealed class PollingJob(PollingJournal journal) : IJob
{
    public ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        journal.Record(context.ScheduledFireTimeUtc ?? context.FireTimeUtc, context.Scheduler.SchedulerInstanceId);
        return ValueTask.CompletedTask;
    }
}
