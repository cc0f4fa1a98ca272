using Statistico.FootballData.Caching;
using Statistico.FootballData.Data;
using Statistico.FootballData.Fixtures;
using Statistico.FootballData.History;
using Statistico.FootballData.Ingestion;
using Statistico.FootballData.Providers;
using Statistico.Messaging.Bus;
using Statistico.Messaging.Outbox;
using Statistico.Messaging.Persistence;
using Statistico.Messaging.Scheduling;

namespace Statistico.FootballData;

internal static class Extensions
{
    /// <summary>The Aspire database resource (and connection-string) name of this service.</summary>
    public const string DatabaseName = "footballdata";

    public static void AddApplicationServices(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        var configuration = builder.Configuration;
        var footballData = configuration.GetSection(FootballDataOptions.SectionName);
        services.AddOptions<FootballDataOptions>().Bind(footballData);

        // Order matters: the migrator and the scheduler are hosted services registered before the bus, so the schema
        // exists before the first message is consumed or the first job fires.
        services.AddStatisticoDatabase<FootballDataDbContext>(configuration, DatabaseName);
        services.AddStatisticoCache(configuration);
        services.AddStatisticoScheduler(configuration, DatabaseName, quartz => AddProviderSchedules(quartz, footballData.Get<FootballDataOptions>()));
        services.AddStatisticoMessaging(configuration, bus =>
        {
            bus.AddConsumer<UpcomingFixturesConsumer>();
            bus.AddStatisticoOutbox<FootballDataDbContext>();
        });

        // Providers retry by their own rules (wait out a 429 for as long as the provider says, never past a limit),
        // so the default resilience pipeline, which would retry underneath them, is taken off their client.
#pragma warning disable EXTEXP0001 // evaluation API; the alternative is a client outside IHttpClientFactory
        services.AddHttpClient(ProviderCatalog.HttpClientName).RemoveAllResilienceHandlers();
#pragma warning restore EXTEXP0001
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<ProviderCatalog>();
        services.AddSingleton<ProviderIngestion>();
        services.AddScoped<FixtureIngestor>();
        services.AddScoped<SeasonFixtureWriter>();
        services.AddScoped<FixtureAnnouncer>();
        services.AddScoped<IngestedFixtureCaches>();
        services.AddScoped<FixtureScheduler>();
        services.AddSingleton<FinishedFixtureCache>();
        services.AddSingleton<UpcomingFixturesCache>();
        services.AddHostedService<UpcomingFixturesCacheWarmer>();
        services.AddScoped<HistoryBackfillRunner>();
        services.AddSingleton<HistoryBackfill>();
        services.AddHostedService(sp => sp.GetRequiredService<HistoryBackfill>());
        services.AddOpenApi();
    }

    private static void AddProviderSchedules(Quartz.IQuartzBuilder quartz, FootballDataOptions? options)
    {
        foreach (var (name, provider) in options?.Providers ?? [])
        {
            foreach (var kind in Enum.GetValues<IngestionKind>())
            {
                if (provider.Enabled && provider.Schedules.For(kind) is { Length: > 0 } cron)
                {
                    // Upcoming fixtures are what every other service waits for: poll them at start, not at the next firing.
                    quartz.AddStatisticoRecurringJob<ProviderIngestJob>(ProviderIngestJob.JobName(name, kind),
                        new RecurringJobOptions { Cron = cron, RunOnStart = kind == IngestionKind.Fixtures });
                }
            }
        }
    }
}
