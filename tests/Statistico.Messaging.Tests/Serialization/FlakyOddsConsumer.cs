using MassTransit;
using Statistico.Contracts.Odds;

namespace Statistico.Messaging.Tests.Serialization;

/// <summary>Fails until the batch comes back through a scheduled redelivery, then records it.</summary>
public sealed class FlakyOddsConsumer(OddsJournal journal) : IConsumer<MarketOddsObserved>
{
    public Task Consume(ConsumeContext<MarketOddsObserved> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.GetRedeliveryCount() == 0)
        {
            throw new InvalidOperationException("The store is down until the batch comes back later.");
        }

        journal.Add(new ReceivedOdds(context.Message, context.ReceiveContext.ContentType?.MediaType, context.MessageId));
        return Task.CompletedTask;
    }
}
