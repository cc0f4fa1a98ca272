using MassTransit;
using Microsoft.Extensions.Logging;
using Quartz;

namespace Statistico.Messaging.Scheduling;

/// <summary>
/// Fires a scheduled message: sends the stored envelope to its destination through the bus. A failed send throws,
/// so the trigger's retry policy fires it again later rather than losing it (see <see cref="ScheduledTriggers"/>).
/// </summary>
public sealed partial class ScheduledMessageJob(IBus bus, ILogger<ScheduledMessageJob> logger) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var delivery = ScheduledDelivery.FromJson(context.MergedJobDataMap.GetString(ScheduledDelivery.JobDataKey)
            ?? throw new InvalidOperationException($"Job {context.JobDetail.Key} has no scheduled delivery."));

        if (delivery.ExpirationTime is { } expires && expires.ToUniversalTime() <= DateTime.UtcNow)
        {
            LogExpired(context.JobDetail.Key.ToString(), delivery.Destination);
            return;
        }

        var endpoint = await bus.GetSendEndpoint(delivery.Destination);
        await endpoint.Send(new ScheduledPlaceholder(), new ScheduledDeliveryPipe(delivery, context), cancellationToken);
        LogSent(context.JobDetail.Key.ToString(), delivery.Destination);
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Scheduled message {Job} sent to {Destination}")]
    private partial void LogSent(string job, Uri destination);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Scheduled message {Job} for {Destination} expired before it was due; dropped")]
    private partial void LogExpired(string job, Uri destination);
}
