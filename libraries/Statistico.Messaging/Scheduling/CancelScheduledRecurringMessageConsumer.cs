using MassTransit;
using MassTransit.Scheduling;
using Quartz;

namespace Statistico.Messaging.Scheduling;

/// <summary>Deletes a recurring message's job, and with it its trigger.</summary>
public sealed class CancelScheduledRecurringMessageConsumer(ISchedulerFactory schedulers) : IConsumer<CancelScheduledRecurringMessage>
{
    public async Task Consume(ConsumeContext<CancelScheduledRecurringMessage> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var scheduler = await schedulers.GetScheduler(context.CancellationToken);
        await scheduler.DeleteJob(
            ScheduledTriggers.RecurringJobKey(context.Message.ScheduleId, context.Message.ScheduleGroup),
            context.CancellationToken);
    }
}
