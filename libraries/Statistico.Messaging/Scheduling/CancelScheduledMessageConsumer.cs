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

        // The key first, then the trigger (ADR 28). Once the key is taken, a schedule request that is still being
        // stored either committed already, with its trigger, which is removed next, or finds the key and stores
        // nothing (it refuses to overwrite). Looking before taking it would leave a window between the look and
        // the removal in which a schedule could commit and keep its trigger.
        try
        {
            await scheduler.AddJob(ScheduledTriggers.Tombstone(key), new AddJobOptions(), ct);
        }
        catch (ObjectAlreadyExistsException)
        {
            // the schedule (or an earlier cancel) stored the job: its send trigger goes below
        }

        await scheduler.UnscheduleJob(ScheduledTriggers.SendTriggerKey(key), ct);
        await scheduler.ScheduleTrigger(
            ScheduledTriggers.Expiry(key, DateTimeOffset.UtcNow + options.Value.CompletedRetention),
            TriggerConflict.Replace,
            ct);
    }
}
