extern alias footballdata;

using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Statistico.Ratings.Tests;

/// <summary>The real Football Data service, for tests where Ratings works with it.</summary>
internal sealed class FootballDataFactory(string database, Uri broker, string cache) : WebApplicationFactory<footballdata::Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:footballdata", database);
        builder.UseSetting("ConnectionStrings:messaging", broker.ToString());
        builder.UseSetting("ConnectionStrings:cache", cache);
        builder.UseSetting("Cache:KeyPrefix", Testing.TestInfrastructure.CreateKeyPrefix("ratings-fd"));
    }
}
