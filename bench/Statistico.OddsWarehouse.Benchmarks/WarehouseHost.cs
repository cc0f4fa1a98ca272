using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using MassTransit;
using Statistico.OddsWarehouse.Apis;
using Statistico.OddsWarehouse.Ingestion;
using Statistico.ServiceDefaults;

namespace Statistico.OddsWarehouse.Benchmarks;

/// <summary>The Odds Warehouse service built exactly as its Program.cs builds it, plus a commit counter.</summary>
internal static class WarehouseHost
{
    public static async Task<WebApplication> StartAsync(string database, Uri broker, CommitCounter counter)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            EnvironmentName = "Production",
            ApplicationName = "Statistico.OddsWarehouse",
            ContentRootPath = AppContext.BaseDirectory,
        });
        // Ingestion__MessageLimit=… and friends in the environment override the service's defaults; the run's own
        // database and virtual host override the environment's connection strings.
        builder.Configuration.AddEnvironmentVariables();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:oddswarehouse"] = database,
            ["ConnectionStrings:messaging"] = broker.ToString(),
            ["Urls"] = "http://127.0.0.1:0",
            ["Logging:LogLevel:Default"] = "Warning",
        });
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole().SetMinimumLevel(LogLevel.Warning);

        builder.AddServiceDefaults();
        builder.AddApplicationServices();
        builder.Services.AddSingleton<IPriceBatchObserver>(counter);

        var app = builder.Build();
        app.MapDefaultEndpoints();
        app.MapPricesApi();
        await app.StartAsync();
        await app.Services.GetRequiredService<IBusControl>().WaitForHealthStatus(BusHealthStatus.Healthy, TimeSpan.FromSeconds(60));
        return app;
    }
}
