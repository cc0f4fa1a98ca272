using MassTransit;
using Microsoft.Extensions.Options;

namespace Statistico.OddsWarehouse.Ingestion;

/// <summary>
/// Gathers up to <see cref="IngestionOptions.MessageLimit"/> messages per write, with enough prefetch and endpoint
/// concurrency that every concurrent batch can fill (a batch can never be larger than what the broker pushed).
/// </summary>
internal abstract class BatchConsumerDefinition<TConsumer> : ConsumerDefinition<TConsumer>
    where TConsumer : class, IConsumer
{
    private readonly IngestionOptions options;

    protected BatchConsumerDefinition(IOptions<IngestionOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        this.options = options.Value;
        Endpoint(endpoint =>
        {
            endpoint.PrefetchCount = this.options.PrefetchCount;
            endpoint.ConcurrentMessageLimit = this.options.PrefetchCount;
        });
    }

    protected override void ConfigureConsumer(
        IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<TConsumer> consumerConfigurator,
        IRegistrationContext context)
    {
        ArgumentNullException.ThrowIfNull(endpointConfigurator);
        ArgumentNullException.ThrowIfNull(consumerConfigurator);
        // Set here as well: the bus-wide Messaging:PrefetchCount (32) would otherwise cap every batch at ~16 messages.
        endpointConfigurator.PrefetchCount = options.PrefetchCount;
        endpointConfigurator.ConcurrentMessageLimit = options.PrefetchCount;
        consumerConfigurator.Options<BatchOptions>(batch => batch
            .SetMessageLimit(options.MessageLimit)
            .SetTimeLimit(options.TimeLimit)
            .SetTimeLimitStart(BatchTimeLimitStart.FromFirst)
            .SetConcurrencyLimit(options.ConcurrencyLimit));
    }
}
