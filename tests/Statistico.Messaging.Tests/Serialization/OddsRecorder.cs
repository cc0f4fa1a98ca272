using MassTransit;
using Statistico.Contracts.Odds;

namespace Statistico.Messaging.Tests.Serialization;

/// <summary>Records every MarketOddsObserved with the content type it arrived in.</summary>
public sealed class OddsRecorder(OddsJournal journal) : IConsumer<MarketOddsObserved>
{
    public Task Consume(ConsumeContext<MarketOddsObserved> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        journal.Add(new ReceivedOdds(context.Message, context.ReceiveContext.ContentType?.MediaType, context.MessageId));
        return Task.CompletedTask;
    }
}
