using MassTransit;
using Statistico.Messaging.Bus;
using Statistico.Messaging.Persistence;
using Statistico.OddsWarehouse.Data;
using Statistico.OddsWarehouse.Fixtures;
using Statistico.OddsWarehouse.Ingestion;
using Statistico.OddsWarehouse.Queries;
using Statistico.OddsWarehouse.Retention;

namespace Statistico.OddsWarehouse;

internal static class Extensions
{
    /// <summary>The Aspire database resource (and connection-string) name of this service.</summary>
    public const string DatabaseName = "oddswarehouse";

    public static void AddApplicationServices(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        var configuration = builder.Configuration;
        // Order matters: the migrator is a hosted service registered before the bus, so the schema exists before
        // the first batch is consumed.
        services.AddStatisticoDatabase<OddsWarehouseDbContext>(configuration, DatabaseName);
        services.AddOptions<IngestionOptions>().Bind(configuration.GetSection(IngestionOptions.SectionName));
        services.AddOptions<RetentionOptions>().Bind(configuration.GetSection(RetentionOptions.SectionName));
        services.AddStatisticoMessaging(configuration, bus =>
        {
            // No outbox/inbox: the warehouse publishes nothing, the price writer de-duplicates by batch id in its
            // own transaction (ADR 0301) and the kick-off upsert is idempotent (ADR 0303).
            bus.AddConsumer<MarketOddsObservedConsumer, MarketOddsObservedConsumerDefinition>();
            bus.AddConsumer<OddsCompiledConsumer, OddsCompiledConsumerDefinition>();
            bus.AddConsumer<FixtureKickOffConsumer>();
        });

        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<SeriesRegistry>();
        services.AddSingleton<MonthlyPartitions>();
        services.AddSingleton<PriceBatchWriter>();
        services.AddSingleton<PriceQueries>();
        services.AddSingleton<RetentionRunner>();
        services.AddHostedService<RetentionWorker>();
        services.AddOpenApi();
    }
}
