using Microsoft.Extensions.Options;

namespace Statistico.OddsWarehouse.Ingestion;

/// <summary>Batch settings of <see cref="MarketOddsObservedConsumer"/> (queue <c>market-odds-observed</c>).</summary>
internal sealed class MarketOddsObservedConsumerDefinition(IOptions<IngestionOptions> options)
    : BatchConsumerDefinition<MarketOddsObservedConsumer>(options);
