using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Statistico.Betfair.Streaming;

/// <summary>Registers <see cref="BetfairStreamClient"/> (beside the JSON-RPC client, whose session it shares).</summary>
public static class BetfairStreamServiceCollectionExtensions
{
    public static IServiceCollection AddBetfairStreamClient(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<BetfairStreamOptions>().Bind(configuration.GetSection(BetfairStreamOptions.SectionName));
        services.TryAddTransient<BetfairStreamClient>();
        return services;
    }
}
