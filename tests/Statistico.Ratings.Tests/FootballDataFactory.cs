extern alias footballdata;

using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Statistico.Ratings.Tests;

/// <summary>The real Football Data service, for tests where Ratings works with it.</summary>
internal sealed class FootballDataFactory(string database, Uri broker, string cache, Testing.IsolatedKeyPrefix keyPrefix) : WebApplicationFactory<footballdata::Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:footballdata", database);
        builder.UseSetting("ConnectionStrings:messaging", broker.ToString());
        builder.UseSetting("ConnectionStrings:cache", cache);
        builder.UseSetting("Cache:KeyPrefix", keyPrefix.Prefix);
    }

    /// <summary>Stops the service, then deletes every key it wrote under its prefix.</summary>
    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await keyPrefix.DisposeAsync();
    }
}
