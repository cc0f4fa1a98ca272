using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Statistico.FootballData.Tests;

/// <summary>Hosts the real Football Data service against real infrastructure endpoints (plus any extra settings).</summary>
internal sealed class FootballDataFactory(
    string database, Uri broker, string cache, string keyPrefix, IReadOnlyDictionary<string, string?>? settings = null)
    : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:footballdata", database);
        builder.UseSetting("ConnectionStrings:messaging", broker.ToString());
        builder.UseSetting("ConnectionStrings:cache", cache);
        builder.UseSetting("Cache:KeyPrefix", keyPrefix);
        builder.UseSetting("Messaging:RetryLimit", "1");
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            builder.UseSetting(key, value);
        }
    }
}
