using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using MassTransit;
using Statistico.Messaging.Bus;
using Statistico.OddsWarehouse.Ingestion;

namespace Statistico.OddsWarehouse.Benchmarks;

/// <summary>A process with only the bus: Statistico's conventions, the warehouse's batch settings, no database.</summary>
internal static class MassTransitOnlyHost
{
    public static async Task<IHost> StartAsync(Uri broker, CommitCounter counter)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:messaging"] = broker.ToString(),
            ["Logging:LogLevel:Default"] = "Warning",
        });
        builder.Services.AddOptions<IngestionOptions>().Bind(builder.Configuration.GetSection(IngestionOptions.SectionName));
        builder.Services.AddSingleton(counter);
        // BENCH_PROJECTION=1: the experimental Utf8JsonReader projection instead of the contract type.
        builder.Services.AddStatisticoMessaging(builder.Configuration, bus =>
        {
            if (Environment.GetEnvironmentVariable("BENCH_PROJECTION") == "1")
            {
                bus.AddConsumer<ProjectionConsumer, ProjectionConsumerDefinition>().Endpoint(endpoint => endpoint.Name = "market-odds-observed");
            }
            else
            {
                bus.AddConsumer<NoStoreConsumer, NoStoreConsumerDefinition>().Endpoint(endpoint => endpoint.Name = "market-odds-observed");
            }
        });
        var host = builder.Build();
        await host.StartAsync();
        await host.Services.GetRequiredService<IBusControl>().WaitForHealthStatus(BusHealthStatus.Healthy, TimeSpan.FromSeconds(60));
        return host;
    }
}
