using MassTransit;
using MassTransit.Scheduling;
using Quartz;

namespace Statistico.Messaging.Scheduling;

/// <summary>
/// Stores a <see cref="ScheduleMessage"/> as a Quartz job in Postgres. Stored under its token id with replace, in
/// one job-store transaction, so a redelivered request leaves exactly one job.
/// </summary>
public sealed class ScheduleMessageConsumer(ISchedulerFactory schedulers) : IConsumer<ScheduleMessage>
{
    public async Task Consume(ConsumeContext<ScheduleMessage> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var request = context.Message;
        var key = ScheduledTriggers.MessageJobKey(request.CorrelationId);
        var delivery = ScheduledDeliveryFactory.Create(context, request.Destination, request.Payload, request.PayloadType, request.CorrelationId);

        var scheduler = await schedulers.GetScheduler(context.CancellationToken);
        await scheduler.ScheduleJob(
            ScheduledTriggers.Job(key, delivery),
            [ScheduledTriggers.Once(key, ScheduledTriggers.AsUtc(request.ScheduledTime))],
            ScheduleJobOptions.Replacing,
            context.CancellationToken);
    }
}
