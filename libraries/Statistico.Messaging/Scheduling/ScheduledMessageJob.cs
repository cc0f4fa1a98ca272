using MassTransit;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Quartz;

namespace Statistico.Messaging.Scheduling;

/// <summary>
/// Fires a scheduled message: sends the stored envelope to its destination through the bus. A failed send throws,
/// so the trigger's retry policy fires it again later rather than losing it. A sent one-off message's job is kept
/// until its expiry trigger deletes it (see <see cref="SchedulerOptions.CompletedRetention"/>).
/// </summary>
public sealed partial class ScheduledMessageJob(IBus bus, IOptions<SchedulerOptions> options, ILogger<ScheduledMessageJob> logger) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var key = context.JobDetail.Key;
        // A firing Quartz recovers after its node died runs under a recovery trigger of Quartz's own group; what it
        // must do is what the trigger it replays was for (ADR 32). Read by its own key, a recovered expiry would send
        // the message a second time instead of forgetting it.
        var trigger = context.Recovering && context.RecoveringTriggerKey is { } replayed ? replayed : context.Trigger.Key;
        if (trigger.Group == ScheduledTriggers.ExpiryGroup)
        {
            await context.Scheduler.DeleteJob(key, cancellationToken);
            return;
        }

        if (context.MergedJobDataMap.GetString(ScheduledDelivery.JobDataKey) is not { } json)
        {
            return; // a cancel's tombstone: nothing to send
        }

        var delivery = ScheduledDelivery.FromJson(json);
        if (delivery.ExpirationTime is { } expires && expires.ToUniversalTime() <= DateTime.UtcNow)
        {
            LogExpired(key.ToString(), delivery.Destination);
        }
        else
        {
            var endpoint = await bus.GetSendEndpoint(delivery.Destination);
            await endpoint.Send(new ScheduledPlaceholder(), new ScheduledDeliveryPipe(delivery, context), cancellationToken);
            LogSent(key.ToString(), delivery.Destination);
        }

        if (key.Group == ScheduledTriggers.MessageGroup)
        {
            await context.Scheduler.ScheduleTrigger(
                ScheduledTriggers.Expiry(key, DateTimeOffset.UtcNow + options.Value.CompletedRetention),
                TriggerConflict.Replace,
                cancellationToken);
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Scheduled message {Job} sent to {Destination}")]
    private partial void LogSent(string job, Uri destination);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Scheduled message {Job} for {Destination} expired before it was due; dropped")]
    private partial void LogExpired(string job, Uri destination);
}
