using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Statistico.FootballData.Client;

namespace Statistico.Ratings.Tests;

/// <summary>Hosts the real Ratings service against real infrastructure endpoints (and, optionally, a Football Data test server).</summary>
internal sealed class RatingsFactory(string database, Uri broker, Func<HttpMessageHandler>? footballData = null, IReadOnlyDictionary<string, string>? settings = null)
    : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:ratings", database);
        builder.UseSetting("ConnectionStrings:messaging", broker.ToString());
        builder.UseSetting("Messaging:RetryLimit", "1");
        builder.UseSetting("Ratings:DebounceDelay", "00:00:00.050");
        builder.UseSetting("Ratings:PollInterval", "00:00:00.200");
        builder.UseSetting("FootballData:BaseUrl", footballData is null ? "http://127.0.0.1:9" : "http://football-data.test");
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            builder.UseSetting(key, value);
        }

        if (footballData is not null)
        {
            // Football Data's test server lives in memory: its handler stands in for the network; the HTTP API is real.
            builder.ConfigureServices(services => services.AddHttpClient<FootballDataClient>().ConfigurePrimaryHttpMessageHandler(footballData));
        }
    }
}
