using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Statistico.Testing;

namespace Statistico.FootballData.Tests;

/// <summary>Hosts the real Football Data service against real infrastructure endpoints (plus any extra settings).</summary>
internal sealed class FootballDataFactory(
    string database, Uri broker, string cache, IsolatedKeyPrefix keyPrefix, IReadOnlyDictionary<string, string?>? settings = null)
    : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:footballdata", database);
        builder.UseSetting("ConnectionStrings:messaging", broker.ToString());
        builder.UseSetting("ConnectionStrings:cache", cache);
        builder.UseSetting("Cache:KeyPrefix", keyPrefix.Prefix);
        builder.UseSetting("Messaging:RetryLimit", "1");
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            builder.UseSetting(key, value);
        }
    }

    /// <summary>Stops the service, then deletes every key it wrote under its prefix.</summary>
    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await keyPrefix.DisposeAsync();
    }
}
