using Microsoft.Extensions.Options;
using Statistico.FootballData.Providers.FootballDataCoUk;
using Statistico.FootballData.Providers.Sportmonks;

namespace Statistico.FootballData.Providers;

/// <summary>The configured providers by name, built once from <c>FootballData:Providers</c>.</summary>
public sealed class ProviderCatalog(IOptions<FootballDataOptions> options, IHttpClientFactory httpClients, TimeProvider clock, ILoggerFactory loggers)
{
    /// <summary>The name of the HttpClient providers use (its own retry policy; see <see cref="SportmonksProvider"/>).</summary>
    public const string HttpClientName = "football-data-providers";

    public IReadOnlyCollection<string> Names => options.Value.Providers.Keys;

    public IFootballDataProvider? Find(string name)
    {
        if (!options.Value.Providers.TryGetValue(name, out var provider) || !provider.Enabled)
        {
            return null;
        }

        var http = httpClients.CreateClient(HttpClientName);
        return provider.Type switch
        {
            ProviderOptions.FootballDataCoUk => new FootballDataCoUkProvider(name, provider, http, loggers.CreateLogger<FootballDataCoUkProvider>()),
            ProviderOptions.Sportmonks => new SportmonksProvider(name, provider, http, clock, loggers.CreateLogger<SportmonksProvider>()),
            _ => throw new InvalidOperationException(
                $"FootballData:Providers:{name}:Type '{provider.Type}' is not {ProviderOptions.FootballDataCoUk} or {ProviderOptions.Sportmonks}."),
        };
    }
}
