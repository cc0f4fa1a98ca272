using MassTransit;
using Statistico.Contracts.Odds;

namespace Statistico.OddsWarehouse.Ingestion;

/// <summary>Stores Statistico's compiled books beside the market's prices, so value can be judged after the fact.</summary>
internal sealed class OddsCompiledConsumer(PriceBatchWriter writer) : IConsumer<Batch<OddsCompiled>>
{
    public async Task Consume(ConsumeContext<Batch<OddsCompiled>> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var batches = new List<IncomingBatch>(context.Message.Length);
        foreach (var message in context.Message)
        {
            batches.Add(CompiledPrices.From(message.Message));
        }

        await writer.WriteAsync(batches, context.CancellationToken);
    }
}
