using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Statistico.Trader.Tests.Support;

/// <summary>Hosts the real Trader against real infrastructure endpoints (its own database and virtual host).</summary>
internal sealed class TraderFactory(string database, Uri broker, IReadOnlyDictionary<string, string>? settings = null)
    : WebApplicationFactory<Program>
{
    // MassTransit keeps a process-wide log context bound to the first logger factory it sees. Tests run many hosts in
    // one process, so they share one factory that no host disposes.
    private static readonly ILoggerFactory SharedLoggerFactory =
        LoggerFactory.Create(logging => logging.SetMinimumLevel(LogLevel.Warning).AddSimpleConsole(o => o.SingleLine = true));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:trader", database);
        builder.UseSetting("ConnectionStrings:messaging", broker.ToString());
        builder.UseSetting("Messaging:RetryLimit", "3");
        builder.UseSetting("Messaging:RetryMinInterval", "00:00:00.050");
        builder.UseSetting("Messaging:RetryMaxInterval", "00:00:00.200");
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureServices(services => services.AddSingleton(SharedLoggerFactory));
    }
}
