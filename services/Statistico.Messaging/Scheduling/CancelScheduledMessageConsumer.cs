using MassTransit;
using MassTransit.Scheduling;
using Microsoft.Extensions.Options;
using Quartz;

namespace Statistico.Messaging.Scheduling;

/// <summary>
/// Cancels a scheduled message: its send trigger goes, and its job stays (or, when the cancel overtook the request,
/// is created empty) until <see cref="SchedulerOptions.CompletedRetention"/> has passed, so that a schedule request
/// for the same token arriving late schedules nothing. Each step is idempotent, so a redelivered cancel is too.
/// </summary>
public sealed class CancelScheduledMessageConsumer(ISchedulerFactory schedulers, IOptions<SchedulerOptions> options)
    : IConsumer<CancelScheduledMessage>
{
    public async Task Consume(ConsumeContext<CancelScheduledMessage> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var ct = context.CancellationToken;
        var key = ScheduledTriggers.MessageJobKey(context.Message.TokenId);
        var scheduler = await schedulers.GetScheduler(ct);

        await scheduler.UnscheduleJob(ScheduledTriggers.SendTriggerKey(key), ct);
        if (!await scheduler.Exists(key, ct))
        {
            try
            {
                await scheduler.AddJob(ScheduledTriggers.Tombstone(key), new AddJobOptions(), ct);
            }
            catch (ObjectAlreadyExistsException)
            {
                // the schedule request got in between; its send trigger is removed below
            }

            await scheduler.UnscheduleJob(ScheduledTriggers.SendTriggerKey(key), ct);
        }

        await scheduler.ScheduleTrigger(
            ScheduledTriggers.Expiry(key, DateTimeOffset.UtcNow + options.Value.CompletedRetention),
            TriggerConflict.Replace,
            ct);
    }
}
