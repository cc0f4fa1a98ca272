using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Statistico.Betfair;

/// <summary>Registers the Betfair client from the "Betfair" configuration section.</summary>
public static class BetfairServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="IBetfairClient"/> bound to <c>Betfair:BaseUrl</c>, <c>Betfair:AppKey</c>, <c>Betfair:Username</c>
    /// and <c>Betfair:Password</c>. Returns the HTTP client builder so a caller (or a test) can change the handler.
    /// </summary>
    public static IHttpClientBuilder AddBetfairClient(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<BetfairOptions>()
            .Bind(configuration.GetSection(BetfairOptions.SectionName))
            .Validate(o => o.BaseUrl is not null && !string.IsNullOrWhiteSpace(o.AppKey), "Betfair:BaseUrl and Betfair:AppKey are required.");
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<TransactionBudget>();
        services.TryAddSingleton(provider => ActivatorUtilities.CreateInstance<BetfairSession>(
            provider, provider.GetRequiredService<IHttpClientFactory>().CreateClient(HttpClientName)));
        services.AddHttpClient(HttpClientName, client => client.Timeout = Timeout.InfiniteTimeSpan);
        services.TryAddTransient<IBetfairClient>(provider => ActivatorUtilities.CreateInstance<BetfairClient>(
            provider, provider.GetRequiredService<IHttpClientFactory>().CreateClient(HttpClientName)));
        return services.AddHttpClient(HttpClientName);
    }

    /// <summary>The name of the HTTP client used for every Betfair call.</summary>
    public const string HttpClientName = "Betfair";
}
