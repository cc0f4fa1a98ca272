using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Statistico.Betfair;
using Statistico.OddsChecker.Polling;

namespace Statistico.OddsChecker.Tests.Support;

/// <summary>
/// Hosts the real Odds Checker on real Postgres and RabbitMQ, configured against the Simulator exactly as the AppHost
/// configures it (exchange URL, app key, credentials, the world's clock), polling every second (every fixture due at every tick). Only the network is
/// replaced: the Simulator's in-memory server stands in for it.
/// </summary>
internal sealed class CheckerFactory(string database, Uri broker, Func<HttpMessageHandler> simulator, IReadOnlyDictionary<string, string?>? settings = null)
    : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:oddschecker", database);
        builder.UseSetting("ConnectionStrings:messaging", broker.ToString());
        builder.UseSetting("Messaging:RetryLimit", "1");
        builder.UseSetting("Betfair:BaseUrl", "http://localhost/exchange/betting/json-rpc/v1");
        builder.UseSetting("Betfair:AppKey", "simulator-app-key");
        builder.UseSetting("Betfair:Username", "statistico");
        builder.UseSetting("Betfair:Password", "simulator");
        const string Source = "OddsChecker:Sources:betfair:";
        builder.UseSetting(Source + "Cron", "0/1 * * * * ?");
        builder.UseSetting(Source + "ClockUrl", "http://localhost/control/status");
        builder.UseSetting(Source + "LookAhead", "1.00:00:00");
        builder.UseSetting(Source + "DefaultInterval", "00:00:00.500");
        for (var band = 0; band < 3; band++)
        {
            builder.UseSetting($"{Source}Bursts:{band}:Every", "00:00:00.500");
        }

        // A test's own settings (other sources, a wider window) go last and win.
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureServices(services =>
        {
            services.AddHttpClient(BetfairServiceCollectionExtensions.HttpClientName).ConfigurePrimaryHttpMessageHandler(simulator);
            services.AddHttpClient(SourceClock.HttpClientName).ConfigurePrimaryHttpMessageHandler(simulator);
        });
    }
}
