using Statistico.Betfair;
using Statistico.Betfair.Streaming;
using Statistico.Leases;
using Statistico.Messaging.Bus;
using Statistico.Messaging.Outbox;
using Statistico.Messaging.Persistence;
using Statistico.Messaging.Scheduling;
using Statistico.OddsChecker.Backfills;
using Statistico.OddsChecker.Data;
using Statistico.OddsChecker.Fixtures;
using Statistico.OddsChecker.Polling;
using Statistico.OddsChecker.Sources;
using Statistico.ServiceDefaults;
using Statistico.OddsChecker.Sources.Betfair;
using Statistico.OddsChecker.Sources.CompiledBooks;

namespace Statistico.OddsChecker;

internal static class Extensions
{
    /// <summary>The Aspire database resource (and connection-string) name of this service.</summary>
    public const string DatabaseName = "oddschecker";

    public static void AddApplicationServices(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        var configuration = builder.Configuration;
        var section = configuration.GetSection(OddsCheckerOptions.SectionName);
        services.AddOptions<OddsCheckerOptions>().Bind(section);
        RequireSourceAddresses(configuration, section.Get<OddsCheckerOptions>());

        // Order matters: the migrator and the scheduler are hosted services registered before the bus, so the schema
        // exists before the first fixture event is consumed or the first poll fires.
        services.AddStatisticoDatabase<OddsCheckerDbContext>(configuration, DatabaseName);
        services.AddStatisticoScheduler(configuration, DatabaseName, quartz => AddSourceSchedules(quartz, section.Get<OddsCheckerOptions>()));
        services.AddStatisticoMessaging(configuration, bus =>
        {
            bus.AddConsumer<FixtureEventsConsumer>();
            bus.AddStatisticoOutbox<OddsCheckerDbContext>();
        });

        services.AddSingleton(TimeProvider.System);
        // AddBetfairClient itself keeps resilience handlers off its client (ADR 0203).
        services.AddBetfairClient(configuration);
        services.AddHttpClient(SourceClock.HttpClientName);
        services.AddBetfairStreamClient(configuration);
        // The one stream of the Betfair source is leased to one replica at a time (ADR 0306).
        services.AddKeyedSingleton(BetfairPriceStream.LeaseKey, (_, _) =>
            new AdvisoryLease(configuration.GetConnectionString(DatabaseName)!, BetfairPriceStream.LeaseScope, BetfairOddsSource.SourceName));
        services.AddKeyedSingleton(BetfairPriceStream.LeaseKey, (provider, key) => new LeaseHolder(
            provider.GetRequiredKeyedService<AdvisoryLease>(key), provider.GetRequiredService<TimeProvider>(), provider.GetRequiredService<ILogger<BetfairPriceStream>>()));
        services.AddSingleton<BetfairPriceStream>();
        services.AddHostedService(provider => provider.GetRequiredService<BetfairPriceStream>());
        services.AddHostedService<StreamPollTrigger>();
        services.AddTransient<IOddsSource, BetfairOddsSource>();
        services.AddHttpClient(CompiledBookSource.HttpClientName);
        services.AddTransient<IOddsSource, CompiledBookSource>();
        services.AddTransient<OddsSources>();
        services.AddSingleton<SourceClock>();
        services.AddSingleton<PollStatistics>();
        services.AddSingleton<SourcePoller>();
        services.AddScoped<HistoricalPricesBackfill>();
        services.AddHttpClient(FootballDataBackfillJob.HttpClientName);
        services.AddOpenApi();
    }

    /// <summary>
    /// The compiled-books source reads the Odds Compiler over HTTP: enabled without its address it would start healthy
    /// and fail at every poll, so it stops the service at start instead, naming the key.
    /// </summary>
    private static void RequireSourceAddresses(IConfiguration configuration, OddsCheckerOptions? options)
    {
        if (options?.Sources.GetValueOrDefault(CompiledBookSource.SourceName) is { Enabled: true })
        {
            configuration.RequiredUrl(CompiledBookSource.BaseUrlKey);
        }
    }

    /// <summary>
    /// One recurring poll job per enabled source, on the source's own cron (its finest tick), and the football-data.co.uk
    /// backfill when enabled.
    /// </summary>
    private static void AddSourceSchedules(Quartz.IQuartzBuilder quartz, OddsCheckerOptions? options)
    {
        if (options?.FootballDataBackfill is { Enabled: true } backfill)
        {
            quartz.AddStatisticoRecurringJob<FootballDataBackfillJob>(FootballDataBackfillJob.JobName, new RecurringJobOptions { Cron = backfill.Cron });
        }

        foreach (var (name, source) in options?.Sources ?? [])
        {
            if (source.Enabled && !string.IsNullOrWhiteSpace(source.Cron))
            {
                quartz.AddStatisticoRecurringJob<OddsPollJob>(OddsPollJob.JobName(name), new RecurringJobOptions { Cron = source.Cron });
            }
        }
    }
}
