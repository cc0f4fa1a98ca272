using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Statistico.Betfair;

namespace Statistico.Trader.Benchmarks;

/// <summary>
/// The real Trader with its LIVE exchange pointed at the Simulator as the AppHost points it (base URL, app key,
/// credentials); only the network is the Simulator's in-memory server, behind <see cref="PlaceOrdersProbe"/>. Settings
/// that differ from appsettings.json, and why: the hourly order budget is lifted (a run sends tens of thousands of
/// orders); the order monitor and reconciler are moved out of the run (they are not on the order path and would poll
/// thousands of resting orders that never change); warnings only (a log line per trade is not what is measured).
/// </summary>
internal sealed class TraderHost(string database, Uri broker, Func<HttpMessageHandler> exchange) : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("ConnectionStrings:trader", database);
        builder.UseSetting("ConnectionStrings:messaging", broker.ToString());
        builder.UseSetting("Betfair:BaseUrl", "http://localhost/exchange/betting/json-rpc/v1");
        builder.UseSetting("Betfair:AppKey", "simulator-app-key");
        builder.UseSetting("Betfair:Username", "statistico");
        builder.UseSetting("Betfair:Password", "simulator");
        builder.UseSetting("Trader:MaxOrdersPerHour", "100000000");
        builder.UseSetting("Trader:Live:MonitorCron", "0 0 0 1 1 ? 2099");
        builder.UseSetting("Trader:Live:ReconcileCron", "0 0 0 1 1 ? 2099");
        // Warnings only: appsettings.json names categories at Information, which a minimum level alone does not override.
        foreach (var category in new[] { "Default", "Microsoft.AspNetCore", "MassTransit", "System.Net.Http", "Statistico" })
        {
            builder.UseSetting($"Logging:LogLevel:{category}", "Warning");
        }
        builder.ConfigureServices(services =>
            services.AddHttpClient(BetfairServiceCollectionExtensions.HttpClientName).ConfigurePrimaryHttpMessageHandler(exchange));
    }
}
