using Microsoft.Extensions.Options;

namespace Statistico.OddsWarehouse.Ingestion;

/// <summary>Batch settings of <see cref="OddsCompiledConsumer"/> (queue <c>odds-compiled</c>).</summary>
internal sealed class OddsCompiledConsumerDefinition(IOptions<IngestionOptions> options)
    : BatchConsumerDefinition<OddsCompiledConsumer>(options);
