using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Statistico.Ratings.Tests;

/// <summary>Hosts the real Ratings service against real infrastructure endpoints.</summary>
internal sealed class RatingsFactory(string database, Uri broker) : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:ratings", database);
        builder.UseSetting("ConnectionStrings:messaging", broker.ToString());
        builder.UseSetting("Messaging:RetryLimit", "1");
        builder.UseSetting("Ratings:DebounceDelay", "00:00:00.050");
        builder.UseSetting("Ratings:PollInterval", "00:00:00.200");
        builder.UseSetting("FootballData:BaseUrl", "http://127.0.0.1:9");
    }
}
