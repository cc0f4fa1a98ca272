using MassTransit;

namespace Statistico.Messaging.Tests.Scheduling;

/// <summary>
/// Fails until the message has come back the number of times it asks for, recording every attempt with its
/// redelivery count, so a test can follow a redelivery chain through immediate retries and scheduled redeliveries.
/// </summary>
public sealed class ChainConsumer(FlakyJournal journal) : IConsumer<ChainWork>
{
    public Task Consume(ConsumeContext<ChainWork> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var redelivery = context.GetRedeliveryCount();
        var succeeds = redelivery >= context.Message.SucceedsAtRedelivery;
        journal.Attempted(context.Message.Id, redelivery, succeeds);
        return succeeds
            ? Task.CompletedTask
            : throw new InvalidOperationException($"Not yet: redelivery {redelivery} of {context.Message.SucceedsAtRedelivery}.");
    }
}
