extern alias footballdata;
extern alias oddscompiler;

using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Statistico.FootballData.Client;

namespace Statistico.OddsCompiler.Benchmarks;

/// <summary>The real Football Data service, quiet (warnings only), on the harness's database and virtual host.</summary>
internal sealed class FootballDataHost(string database, Uri broker, string cache) : WebApplicationFactory<footballdata::Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("ConnectionStrings:footballdata", database);
        builder.UseSetting("ConnectionStrings:messaging", broker.ToString());
        builder.UseSetting("ConnectionStrings:cache", cache);
        builder.UseSetting("Cache:KeyPrefix", $"bench:{Guid.NewGuid():N}:");
        builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
    }
}

/// <summary>The real Odds Compiler, reading Football Data through its in-memory test server.</summary>
internal sealed class CompilerHost(string database, Uri broker, Func<HttpMessageHandler> footballData) : WebApplicationFactory<oddscompiler::Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("ConnectionStrings:oddscompiler", database);
        builder.UseSetting("ConnectionStrings:messaging", broker.ToString());
        builder.UseSetting("FootballData:BaseUrl", "http://football-data");
        // Never called here: one season of one league has no promoted team to carry a prior for.
        builder.UseSetting("Ratings:BaseUrl", "http://ratings");
        builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        builder.ConfigureTestServices(services => services.AddHttpClient<FootballDataClient>().ConfigurePrimaryHttpMessageHandler(footballData));
    }
}
