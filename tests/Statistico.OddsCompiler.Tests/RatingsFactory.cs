extern alias ratings;

using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Statistico.FootballData.Client;

namespace Statistico.OddsCompiler.Tests;

/// <summary>Hosts the real Ratings service on its own database; its Football Data client talks to the hosted Football Data in memory.</summary>
internal sealed class RatingsFactory(string database, Uri broker, Func<HttpMessageHandler> footballData) : WebApplicationFactory<ratings::Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:ratings", database);
        builder.UseSetting("ConnectionStrings:messaging", broker.ToString());
        builder.UseSetting("Messaging:RetryLimit", "1");
        builder.UseSetting("Ratings:DebounceDelay", "00:00:00.050");
        builder.UseSetting("Ratings:PollInterval", "00:00:00.200");
        builder.UseSetting("FootballData:BaseUrl", "http://football-data");
        builder.ConfigureServices(services => services.AddHttpClient<FootballDataClient>().ConfigurePrimaryHttpMessageHandler(footballData));
    }
}
