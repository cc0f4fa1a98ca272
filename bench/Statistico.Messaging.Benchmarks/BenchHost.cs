using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Statistico.Messaging.Bus;
using Statistico.Messaging.Persistence;

namespace Statistico.Messaging.Benchmarks;

/// <summary>A service process as far as messaging goes, built the way services build theirs.</summary>
internal static class BenchHost
{
    /// <summary>Messages fetched ahead per endpoint (processed at once: <see cref="ConcurrentMessageLimit"/>).</summary>
    public const int Prefetch = 32;

    /// <summary>
    /// Messages processed at once per endpoint, set once before the first scenario; null leaves the layer's default
    /// (ADR 0035: max(4, 2 × cores)), so a run can show how the rates and ceilings move with consumer concurrency.
    /// </summary>
    public static int? ConcurrentMessageLimit { get; set; }

    private static readonly ILoggerFactory Logging = LoggerFactory.Create(l => l.SetMinimumLevel(LogLevel.Warning).AddSimpleConsole());

    /// <summary>A host on <paramref name="database"/> and <paramref name="broker"/>; <paramref name="consumeFinished"/> false for a
    /// host that only publishes (its <see cref="BenchFinished"/> consumer lives in another host).</summary>
    public static async Task<IHost> StartAsync(
        string database, Uri broker, FinishedCounter counter, Action<IBusRegistrationConfigurator> configureBus, bool consumeFinished = true)
    {
        var host = Host.CreateDefaultBuilder()
            .ConfigureAppConfiguration(config => config.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["ConnectionStrings:messaging"] = broker.ToString(),
                ["Messaging:PrefetchCount"] = Prefetch.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["Messaging:ConcurrentMessageLimit"] = ConcurrentMessageLimit?.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["Messaging:RetryLimit"] = "20",
                ["Messaging:RetryMinInterval"] = "00:00:00.010",
                ["Messaging:RetryMaxInterval"] = "00:00:00.200",
                ["Messaging:Outbox:QueryDelay"] = "00:00:00.100",
                ["ConnectionStrings:bench"] = database,
                // The tables are created below (the bench context has no migrations).
                ["Database:MigrateOnStart"] = "false",
            }))
            .ConfigureServices((context, services) =>
            {
                services.AddSingleton(Logging);
                services.AddSingleton(counter);
                // Registered as every service registers its database: one data source, options built once.
                services.AddStatisticoDatabase<BenchDbContext>(context.Configuration, "bench");
                services.AddStatisticoMessaging(context.Configuration, bus =>
                {
                    if (consumeFinished)
                    {
                        bus.AddConsumer<FinishedConsumer>();
                    }

                    configureBus(bus);
                });
            })
            .Build();
        await using (var scope = host.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<BenchDbContext>().Database.EnsureCreatedAsync();
        }

        await host.StartAsync();
        await host.Services.GetRequiredService<IBusControl>().WaitForHealthStatus(BusHealthStatus.Healthy, TimeSpan.FromSeconds(30));
        return host;
    }
}
