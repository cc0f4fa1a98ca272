using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Statistico.FootballData.Client;

namespace Statistico.OddsCompiler.Tests;

/// <summary>Hosts the real Odds Compiler; its Football Data client talks to the hosted Football Data service in memory.</summary>
internal sealed class CompilerFactory(string database, Uri broker, Func<HttpMessageHandler> footballData, IReadOnlyDictionary<string, string?>? settings = null)
    : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:oddscompiler", database);
        builder.UseSetting("ConnectionStrings:messaging", broker.ToString());
        builder.UseSetting("Messaging:RetryLimit", "1");
        builder.UseSetting("FootballData:BaseUrl", "http://football-data");
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services => services.AddHttpClient<FootballDataClient>().ConfigurePrimaryHttpMessageHandler(footballData));
    }
}
