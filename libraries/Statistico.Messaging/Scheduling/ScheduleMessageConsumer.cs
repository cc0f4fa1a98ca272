using MassTransit;
using MassTransit.Scheduling;
using Quartz;

namespace Statistico.Messaging.Scheduling;

/// <summary>
/// Stores a <see cref="ScheduleMessage"/> as a Quartz job in Postgres, keyed by its token id. A token the store
/// already knows (pending, sent, or cancelled, for <see cref="SchedulerOptions.CompletedRetention"/>) is left
/// alone: a redelivered request, even one redelivered after its message was sent, schedules nothing more, and
/// neither does a request that its own cancel overtook. Rescheduling is a new token (MassTransit's default for
/// <c>ScheduleSend</c> and saga <c>Schedule</c>), never the same token again.
/// </summary>
public sealed class ScheduleMessageConsumer(ISchedulerFactory schedulers) : IConsumer<ScheduleMessage>
{
    public async Task Consume(ConsumeContext<ScheduleMessage> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var request = context.Message;
        var key = ScheduledTriggers.MessageJobKey(request.CorrelationId);
        var scheduler = await schedulers.GetScheduler(context.CancellationToken);
        if (await scheduler.Exists(key, context.CancellationToken))
        {
            return;
        }

        var delivery = ScheduledDeliveryFactory.Create(context, request.Destination, request.Payload, request.PayloadType, request.CorrelationId);
        try
        {
            // Job and trigger in one job-store transaction, refusing to overwrite: two copies of one request
            // racing each other leave one job.
            await scheduler.ScheduleJob(
                ScheduledTriggers.Job(key, delivery, durable: true),
                [ScheduledTriggers.Once(key, ScheduledTriggers.AsUtc(request.ScheduledTime))],
                new ScheduleJobOptions(),
                context.CancellationToken);
        }
        catch (ObjectAlreadyExistsException)
        {
            // the other copy won
        }
    }
}
