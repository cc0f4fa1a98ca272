using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Statistico.OddsWarehouse.Tests.Support;

/// <summary>Hosts the real Odds Warehouse against real infrastructure endpoints.</summary>
internal sealed class WarehouseFactory(string database, Uri broker, Action<IServiceCollection>? configureServices = null)
    : WebApplicationFactory<Program>
{
    // MassTransit keeps a process-wide log context bound to the first logger factory it sees. Tests run many hosts in
    // one process, so they share one factory that no host disposes.
    private static readonly ILoggerFactory SharedLoggerFactory =
        LoggerFactory.Create(logging => logging.SetMinimumLevel(LogLevel.Warning).AddSimpleConsole(o => o.SingleLine = true));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:oddswarehouse", database);
        builder.UseSetting("ConnectionStrings:messaging", broker.ToString());
        builder.UseSetting("Messaging:RetryLimit", "3");
        builder.UseSetting("Messaging:RetryMinInterval", "00:00:00.050");
        builder.UseSetting("Messaging:RetryMaxInterval", "00:00:00.200");
        builder.UseSetting("Ingestion:TimeLimit", "00:00:00.020");
        // Retention runs only when a test asks for it.
        builder.UseSetting("Retention:CheckEvery", "1.00:00:00");
        builder.ConfigureServices(services =>
        {
            services.AddSingleton(SharedLoggerFactory);
            configureServices?.Invoke(services);
        });
    }
}
