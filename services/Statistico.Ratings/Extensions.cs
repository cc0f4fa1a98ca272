using Statistico.FootballData.Client;
using Statistico.Messaging.Bus;
using Statistico.Messaging.Outbox;
using Statistico.Messaging.Persistence;
using Statistico.Messaging.Scheduling;
using Statistico.Ratings.Data;
using Statistico.Ratings.Rebuild;
using Statistico.Ratings.Recompute;
using Statistico.Ratings.Results;
using Statistico.ServiceDefaults;

namespace Statistico.Ratings;

internal static class Extensions
{
    /// <summary>The Aspire database resource (and connection-string) name of this service.</summary>
    public const string DatabaseName = "ratings";

    /// <summary>The required address of a peer service (a constant, so the chart tests can see the service reads it).</summary>
    public const string FootballDataUrlKey = "FootballData:BaseUrl";

    public static void AddApplicationServices(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        var configuration = builder.Configuration;
        services.AddOptions<RatingsOptions>().Bind(configuration.GetSection(RatingsOptions.SectionName));

        // Database first (its migrator runs before anything consumes), then the scheduler, then the bus.
        services.AddStatisticoDatabase<RatingsDbContext>(configuration, DatabaseName);
        services.AddStatisticoScheduler(configuration, DatabaseName, quartz => quartz.AddStatisticoRecurringJob<GapCheckJob>(
            GapCheckJob.Name, new RecurringJobOptions { Cron = configuration["Ratings:GapCheckCron"] ?? "0 30 3 * * ?" }));
        services.AddStatisticoMessaging(configuration, bus =>
        {
            bus.AddConsumer<FixtureResultedConsumer>();
            bus.AddConsumer<PlayedFixturesRecordedConsumer>();
            bus.AddStatisticoOutbox<RatingsDbContext>();
        });

        var footballData = configuration.RequiredUrl(FootballDataUrlKey);
        services.AddHttpClient<FootballDataClient>(http => http.BaseAddress = footballData);
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<RecomputeSignal>();
        services.AddScoped<ResultRecorder>();
        services.AddScoped<CompetitionRecomputer>();
        services.AddScoped<MissedResultsBackfill>();
        services.AddHostedService<RecomputeWorker>();
        services.AddOpenApi();
    }
}
