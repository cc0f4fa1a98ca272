using MassTransit;
using Statistico.Contracts.Odds;

namespace Statistico.OddsWarehouse.Ingestion;

/// <summary>Stores exchange and bookmaker prices, many messages per transaction.</summary>
internal sealed class MarketOddsObservedConsumer(PriceBatchWriter writer) : IConsumer<Batch<MarketOddsObserved>>
{
    public async Task Consume(ConsumeContext<Batch<MarketOddsObserved>> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var batches = new List<IncomingBatch>(context.Message.Length);
        foreach (var message in context.Message)
        {
            batches.Add(ObservedPrices.From(message.Message));
        }

        await writer.WriteAsync(batches, context.CancellationToken);
    }
}
