using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Statistico.Betfair;

namespace Statistico.Trader.Tests.Live;

/// <summary>
/// The real Trader on real Postgres and RabbitMQ with its LIVE exchange pointed at the Simulator as the AppHost would
/// point it (base URL, app key, credentials). Only the network is replaced by the Simulator's in-memory server, and the
/// windows are shortened so a test sees a doubt concluded in seconds: orders are monitored every second, reconciled
/// every two, concluded not placed three seconds after the doubt began.
/// </summary>
internal sealed class LiveTraderFactory(
    string database, Uri broker, Func<HttpMessageHandler> simulator, IReadOnlyDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null)
    : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:trader", database);
        builder.UseSetting("ConnectionStrings:messaging", broker.ToString());
        builder.UseSetting("Messaging:RetryLimit", "1");
        builder.UseSetting("Scheduler:IdleWaitTime", "00:00:01");
        builder.UseSetting("Betfair:BaseUrl", "http://localhost/exchange/betting/json-rpc/v1");
        builder.UseSetting("Betfair:AppKey", "simulator-app-key");
        builder.UseSetting("Betfair:Username", "statistico");
        builder.UseSetting("Betfair:Password", "simulator");
        builder.UseSetting("Trader:Live:NotPlacedAfter", "00:00:03");
        builder.UseSetting("Trader:Live:ResolveEvery", "00:00:01");
        builder.UseSetting("Trader:Live:MonitorCron", "0/1 * * * * ?");
        builder.UseSetting("Trader:Live:ReconcileCron", "0/2 * * * * ?");
        builder.UseSetting("Trader:Live:ReconcileAfter", "00:00:01");
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureServices(registered =>
        {
            registered.AddHttpClient(BetfairServiceCollectionExtensions.HttpClientName).ConfigurePrimaryHttpMessageHandler(simulator);
            services?.Invoke(registered);
        });
    }
}
