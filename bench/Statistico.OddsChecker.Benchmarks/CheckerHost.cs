using System.Globalization;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Statistico.Betfair;

namespace Statistico.OddsChecker.Benchmarks;

/// <summary>
/// The real Odds Checker against the Simulator, configured as the AppHost configures it (exchange URL, app key,
/// credentials, the world's clock), its Betfair source ticking every <c>pollSeconds</c> (Quartz cron seconds: one
/// second is the finest the checker can poll) with every fixture due at every tick. <paramref name="stream"/> adds the
/// Exchange Stream API settings (<c>Sources:betfair:Stream=true</c>, ADR 1001) and nothing else: the two checkers of a
/// run differ only there. JSON-RPC goes to the Simulator's in-memory server; the stream is a real TLS socket.
/// </summary>
internal sealed class CheckerHost(string database, Uri broker, Func<HttpMessageHandler> simulator, int pollSeconds, string instance, IReadOnlyDictionary<string, string?> stream)
    : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("ConnectionStrings:oddschecker", database);
        builder.UseSetting("ConnectionStrings:messaging", broker.ToString());
        builder.UseSetting("Betfair:BaseUrl", "http://localhost/exchange/betting/json-rpc/v1");
        builder.UseSetting("Betfair:AppKey", "simulator-app-key");
        builder.UseSetting("Betfair:Username", "statistico");
        builder.UseSetting("Betfair:Password", "simulator");
        // Two checkers share this process: Quartz keeps schedulers by instance name process-wide.
        builder.UseSetting("Scheduler:InstanceName", instance);
        const string Source = "OddsChecker:Sources:betfair:";
        builder.UseSetting(Source + "Cron", string.Create(CultureInfo.InvariantCulture, $"0/{pollSeconds} * * * * ?"));
        builder.UseSetting(Source + "ClockUrl", "http://localhost/control/status");
        builder.UseSetting(Source + "LookAhead", "1.00:00:00");
        builder.UseSetting(Source + "DefaultInterval", "00:00:00.500");
        for (var band = 0; band < 3; band++)
        {
            builder.UseSetting($"{Source}Bursts:{band}:Every", "00:00:00.500");
        }

        foreach (var (key, value) in stream)
        {
            builder.UseSetting(key, value);
        }

        foreach (var category in new[] { "Default", "Microsoft.AspNetCore", "MassTransit", "System.Net.Http", "Statistico", "Quartz" })
        {
            builder.UseSetting($"Logging:LogLevel:{category}", "Warning");
        }

        // BENCH_VERBOSE=<instance> shows that checker's own log lines (one per poll) when a run needs explaining.
        if (Environment.GetEnvironmentVariable("BENCH_VERBOSE") == instance)
        {
            builder.UseSetting("Logging:LogLevel:Statistico", "Information");
        }

        builder.ConfigureServices(services =>
        {
            services.AddHttpClient(BetfairServiceCollectionExtensions.HttpClientName).ConfigurePrimaryHttpMessageHandler(simulator);
            // SourceClock.HttpClientName (internal to the checker): the world's clock is read from the Simulator too.
            services.AddHttpClient("source-clock").ConfigurePrimaryHttpMessageHandler(simulator);
        });
    }
}
