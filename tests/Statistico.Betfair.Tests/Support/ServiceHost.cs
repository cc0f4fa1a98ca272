using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Statistico.ServiceDefaults;

namespace Statistico.Betfair.Tests.Support;

/// <summary>
/// The Betfair client built exactly as a service builds it: a host with ServiceDefaults (which adds the standard
/// resilience handler to every HttpClient) and then <c>AddBetfairClient</c>.
/// </summary>
internal static class ServiceHost
{
    public static IHost Build(Uri baseUrl, Action<Dictionary<string, string?>>? tweak = null, Action<IHttpClientBuilder>? http = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = "Development" });
        var settings = new Dictionary<string, string?>
        {
            ["Betfair:BaseUrl"] = baseUrl.ToString(),
            ["Betfair:AppKey"] = "app",
            ["Betfair:Username"] = "user",
            ["Betfair:Password"] = "secret",
            ["Betfair:RetryDelay"] = "00:00:00.010",
        };
        tweak?.Invoke(settings);
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Logging.ClearProviders();
        builder.AddServiceDefaults();
        var client = builder.Services.AddBetfairClient(builder.Configuration);
        http?.Invoke(client);
        return builder.Build();
    }
}
