using MassTransit;

namespace Statistico.Messaging.Tests.Scheduling;

/// <summary>Writes each reminder it gets into the journal.</summary>
public sealed class ReminderConsumer(ReminderJournal journal) : IConsumer<Reminder>
{
    public Task Consume(ConsumeContext<Reminder> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        journal.Record(new DeliveredReminder(
            context.Message.Id,
            context.MessageId,
            context.GetSchedulingTokenId(),
            context.Headers.Get<string>("X-Tag"),
            DateTime.UtcNow));
        return Task.CompletedTask;
    }
}
