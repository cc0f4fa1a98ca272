using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http;
using Microsoft.Extensions.Options;

namespace Statistico.Betfair;

/// <summary>Registers the Betfair client from the "Betfair" configuration section.</summary>
public static class BetfairServiceCollectionExtensions
{
    /// <summary>The name of the HTTP client used for every Betfair call.</summary>
    public const string HttpClientName = "Betfair";

    /// <summary>
    /// Adds <see cref="IBetfairClient"/> bound to <c>Betfair:BaseUrl</c>, <c>Betfair:AppKey</c>, <c>Betfair:Username</c>
    /// and <c>Betfair:Password</c>, validated at start-up (https unless loopback). Whatever the host adds to its HTTP
    /// clients, this one carries no resilience handler and never sends an order request twice (ADR 0203). Returns the
    /// HTTP client builder so a caller (or a test) can change the primary handler.
    /// </summary>
    public static IHttpClientBuilder AddBetfairClient(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<BetfairOptions>().Bind(configuration.GetSection(BetfairOptions.SectionName)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<BetfairOptions>, BetfairOptionsValidator>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHttpMessageHandlerBuilderFilter, BetfairHandlerFilter>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<TransactionBudget>();
        services.TryAddSingleton(provider => ActivatorUtilities.CreateInstance<BetfairSession>(
            provider, provider.GetRequiredService<IHttpClientFactory>().CreateClient(HttpClientName)));
        services.TryAddTransient(provider => ActivatorUtilities.CreateInstance<BetfairRpc>(
            provider, provider.GetRequiredService<IHttpClientFactory>().CreateClient(HttpClientName)));
        services.TryAddTransient<OrderPlacer>();
        services.TryAddTransient<IBetfairClient, BetfairClient>();
        return services.AddHttpClient(HttpClientName, client => client.Timeout = Timeout.InfiniteTimeSpan);
    }
}
