using Microsoft.Extensions.Options;
using Statistico.OddsWarehouse.Ingestion;

namespace Statistico.OddsWarehouse.Benchmarks;

/// <summary>The warehouse's batch settings for <see cref="NoStoreConsumer"/>.</summary>
internal sealed class NoStoreConsumerDefinition(IOptions<IngestionOptions> options) : BatchConsumerDefinition<NoStoreConsumer>(options);
