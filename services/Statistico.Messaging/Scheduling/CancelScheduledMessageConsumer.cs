using MassTransit;
using MassTransit.Scheduling;
using Quartz;

namespace Statistico.Messaging.Scheduling;

/// <summary>Deletes the job of a cancelled scheduled message; cancelling one already sent or cancelled is a no-op.</summary>
public sealed class CancelScheduledMessageConsumer(ISchedulerFactory schedulers) : IConsumer<CancelScheduledMessage>
{
    public async Task Consume(ConsumeContext<CancelScheduledMessage> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var scheduler = await schedulers.GetScheduler(context.CancellationToken);
        await scheduler.DeleteJob(ScheduledTriggers.MessageJobKey(context.Message.TokenId), context.CancellationToken);
    }
}
