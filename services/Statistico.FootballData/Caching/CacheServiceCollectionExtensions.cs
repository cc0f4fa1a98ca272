using StackExchange.Redis;

namespace Statistico.FootballData.Caching;

internal static class CacheServiceCollectionExtensions
{
    /// <summary>
    /// Adds one shared Redis connection. It does not abort when Redis is down at start-up: the multiplexer keeps
    /// reconnecting and the readiness check reports the outage meanwhile.
    /// </summary>
    public static IServiceCollection AddStatisticoCache(this IServiceCollection services, IConfiguration configuration)
    {
        var connectionString = configuration.GetConnectionString(CacheOptions.ConnectionStringName);
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new InvalidOperationException(
                $"ConnectionStrings:{CacheOptions.ConnectionStringName} is not set (e.g. 127.0.0.1:6379).");
        }

        var options = ConfigurationOptions.Parse(connectionString);
        options.AbortOnConnectFail = false;
        services.AddOptions<CacheOptions>().Bind(configuration.GetSection(CacheOptions.SectionName));
        services.AddSingleton<IConnectionMultiplexer>(_ => ConnectionMultiplexer.Connect(options));
        services.AddHealthChecks().AddRedis(
            provider => provider.GetRequiredService<IConnectionMultiplexer>(),
            name: CacheOptions.ConnectionStringName,
            tags: ["ready"]);
        return services;
    }
}
