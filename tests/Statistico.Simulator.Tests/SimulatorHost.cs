using System.Net.Http.Json;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Statistico.Betfair;

namespace Statistico.Simulator.Tests;

/// <summary>Helpers around a hosted Simulator: the control API and a Betfair client wired to it.</summary>
internal static class SimulatorHost
{
    public static ServiceProvider BetfairClient(SimulatorFactory factory, TimeSpan? requestTimeout = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Betfair:BaseUrl"] = "http://localhost/exchange/betting/json-rpc/v1",
            ["Betfair:AppKey"] = "simulator-app-key",
            ["Betfair:Username"] = "statistico",
            ["Betfair:Password"] = "simulator",
        };
        if (requestTimeout is { } timeout)
        {
            settings["Betfair:RequestTimeout"] = timeout.ToString("c");
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddBetfairClient(configuration).ConfigurePrimaryHttpMessageHandler(() => factory.Server.CreateHandler());
        return services.BuildServiceProvider();
    }

    public static async Task<Apis.WorldStatus> AdvanceToAsync(HttpClient control, DateTimeOffset to, CancellationToken cancellationToken)
    {
        var response = await control.PostAsJsonAsync("/control/advance", new { to }, cancellationToken);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<Apis.WorldStatus>(cancellationToken))!;
    }

    public static async Task<Apis.WorldStatus> StatusAsync(HttpClient control, CancellationToken cancellationToken) =>
        (await control.GetFromJsonAsync<Apis.WorldStatus>("/control/status", cancellationToken))!;
}
