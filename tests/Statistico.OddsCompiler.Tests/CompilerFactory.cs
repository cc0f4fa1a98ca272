using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Statistico.FootballData.Client;
using Statistico.OddsCompiler.TeamRatings;

namespace Statistico.OddsCompiler.Tests;

/// <summary>
/// Hosts the real Odds Compiler; its Football Data client talks to the hosted Football Data service in memory, and its
/// Ratings client to the hosted Ratings service when there is one (otherwise to a port nothing listens on).
/// <paramref name="services"/> lets a test add its own services last (an interceptor on the compiler's database).
/// </summary>
internal sealed class CompilerFactory(
    string database,
    Uri broker,
    Func<HttpMessageHandler> footballData,
    IReadOnlyDictionary<string, string?>? settings = null,
    Func<HttpMessageHandler>? ratings = null,
    Action<IServiceCollection>? services = null)
    : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:oddscompiler", database);
        builder.UseSetting("ConnectionStrings:messaging", broker.ToString());
        builder.UseSetting("Messaging:RetryLimit", "1");
        builder.UseSetting("FootballData:BaseUrl", "http://football-data");
        builder.UseSetting("Ratings:BaseUrl", ratings is null ? "http://127.0.0.1:9" : "http://ratings");
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(collection =>
        {
            collection.AddHttpClient<FootballDataClient>().ConfigurePrimaryHttpMessageHandler(footballData);
            if (ratings is not null)
            {
                collection.AddHttpClient<RatingsClient>().ConfigurePrimaryHttpMessageHandler(ratings);
            }

            services?.Invoke(collection);
        });
    }
}
