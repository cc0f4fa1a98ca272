using MassTransit;

namespace Statistico.Messaging.Tests.Scheduling;

/// <summary>Fails until the message has been redelivered once: it needs the redelivery, not just the retries.</summary>
public sealed class FlakyConsumer(FlakyJournal journal) : IConsumer<FlakyWork>
{
    public Task Consume(ConsumeContext<FlakyWork> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var redelivery = context.GetRedeliveryCount();
        journal.Attempted(context.Message.Id, redelivery, redelivery > 0);
        return redelivery > 0
            ? Task.CompletedTask
            : throw new InvalidOperationException("The dependency is down until the message comes back later.");
    }
}
