using MassTransit;
using MassTransit.Scheduling;
using Quartz;

namespace Statistico.Messaging.Scheduling;

/// <summary>Stores a <see cref="ScheduleRecurringMessage"/> as a cron-triggered job; scheduling the same id again replaces it.</summary>
public sealed class ScheduleRecurringMessageConsumer(ISchedulerFactory schedulers) : IConsumer<ScheduleRecurringMessage>
{
    public async Task Consume(ConsumeContext<ScheduleRecurringMessage> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var request = context.Message;
        var key = ScheduledTriggers.RecurringJobKey(request.Schedule.ScheduleId, request.Schedule.ScheduleGroup);
        var delivery = ScheduledDeliveryFactory.Create(context, request.Destination, request.Payload, request.PayloadType, tokenId: null);

        var scheduler = await schedulers.GetScheduler(context.CancellationToken);
        await scheduler.ScheduleJob(
            ScheduledTriggers.Job(key, delivery, durable: false),
            [ScheduledTriggers.Recurring(key, request.Schedule)],
            ScheduleJobOptions.Replacing,
            context.CancellationToken);
    }
}
