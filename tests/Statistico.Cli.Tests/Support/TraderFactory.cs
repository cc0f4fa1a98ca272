extern alias trader;

using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Statistico.Cli.Tests.Support;

/// <summary>Hosts the real Trader (its HTTP API, database and bus) against a real, isolated database and virtual host.</summary>
internal sealed class TraderFactory(string database, Uri broker) : WebApplicationFactory<trader::Program>
{
    // MassTransit keeps a process-wide log context bound to the first logger factory it sees. Tests run several hosts
    // in one process, so they share one factory that no host disposes.
    private static readonly ILoggerFactory SharedLoggerFactory =
        LoggerFactory.Create(logging => logging.SetMinimumLevel(LogLevel.Warning).AddSimpleConsole(o => o.SingleLine = true));

    /// <summary>An HTTP client to this host with <paramref name="baseAddress"/>: the CLI's injected factory in tests.</summary>
    public HttpClient CreateClientFor(Uri baseAddress) => CreateDefaultClient(baseAddress);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:trader", database);
        builder.UseSetting("ConnectionStrings:messaging", broker.ToString());
        builder.UseSetting("Trader:DemoStrategies", "false");
        builder.ConfigureServices(services => services.AddSingleton(SharedLoggerFactory));
    }
}
