using MassTransit;
using Statistico.Contracts.Odds;
using Statistico.OddsWarehouse.Ingestion;

namespace Statistico.OddsWarehouse.Benchmarks;

/// <summary>
/// The warehouse's consumer without the database: MassTransit receives, deserialises and batches the messages and
/// the rows are built, then dropped. Measures what the broker + MassTransit + JSON part of the pipeline can do alone.
/// </summary>
internal sealed class NoStoreConsumer(CommitCounter counter) : IConsumer<Batch<MarketOddsObserved>>
{
    public async Task Consume(ConsumeContext<Batch<MarketOddsObserved>> context)
    {
        var rows = 0;
        foreach (var message in context.Message)
        {
            rows += ObservedPrices.From(message.Message).Rows.Count;
        }

        await counter.CommittedAsync(new WriteOutcome([], [], rows, TimeSpan.Zero), context.CancellationToken);
    }
}
