using Statistico.FootballData.Client;
using Statistico.Messaging.Bus;
using Statistico.Messaging.Outbox;
using Statistico.Messaging.Persistence;
using Statistico.Messaging.Scheduling;
using Statistico.OddsCompiler.Books;
using Statistico.OddsCompiler.Data;
using Statistico.OddsCompiler.Fixtures;
using Statistico.OddsCompiler.GoalModels;
using Statistico.OddsCompiler.History;
using Statistico.OddsCompiler.MarketInformed;
using Statistico.OddsCompiler.Priors;
using Statistico.OddsCompiler.TeamRatings;
using Statistico.OddsCompiler.Refits;
using Statistico.ServiceDefaults;

namespace Statistico.OddsCompiler;

internal static class Extensions
{
    /// <summary>The Aspire database resource (and connection-string) name of this service.</summary>
    public const string DatabaseName = "oddscompiler";

    /// <summary>The required address of a peer service (a constant, so the chart tests can see the service reads it).</summary>
    public const string FootballDataUrlKey = "FootballData:BaseUrl";

    /// <summary>The required address of a peer service (a constant, so the chart tests can see the service reads it).</summary>
    public const string RatingsUrlKey = "Ratings:BaseUrl";

    public static void AddApplicationServices(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        var configuration = builder.Configuration;
        var section = configuration.GetSection(CompilerOptions.SectionName);
        services.AddOptions<CompilerOptions>().Bind(section);
        var compiler = section.Get<CompilerOptions>() ?? new CompilerOptions();

        // Order matters: the migrator and the scheduler are hosted services registered before the bus, so the schema
        // exists before the first message is consumed or the first job fires.
        services.AddStatisticoDatabase<OddsCompilerDbContext>(configuration, DatabaseName);
        services.AddStatisticoScheduler(configuration, DatabaseName, quartz =>
            quartz.AddStatisticoRecurringJob<ScheduledRefitJob>(ScheduledRefitJob.JobName, new RecurringJobOptions { Cron = compiler.RefitCron }));
        services.AddStatisticoMessaging(configuration, bus =>
        {
            bus.AddConsumer<FixtureScheduledConsumer>();
            bus.AddConsumer<FixtureUpdatedConsumer>();
            bus.AddConsumer<FixtureResultedConsumer>();
            bus.AddConsumer<PlayedFixturesRecordedConsumer>();
            bus.AddConsumer<TeamRatingsUpdatedConsumer>();
            bus.AddConsumer<MarketOddsObservedConsumer>();
            bus.AddStatisticoOutbox<OddsCompilerDbContext>();
        });

        var footballData = configuration.RequiredUrl(FootballDataUrlKey);
        services.AddHttpClient<FootballDataClient>(http => http.BaseAddress = footballData);
        var ratings = configuration.RequiredUrl(RatingsUrlKey);
        services.AddHttpClient<RatingsClient>(http => http.BaseAddress = ratings);
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<CompetitionModels>();
        services.AddSingleton<RefreshRequests>();
        services.AddSingleton<BookCompiler>();
        services.AddScoped<PlayedMatches>();
        services.AddScoped<HistoryBackfill>();
        services.AddScoped<TeamRatingsStore>();
        services.AddScoped<RatingsBackfill>();
        services.AddScoped<PriorResolver>();
        services.AddScoped<CompetitionRefresher>();
        services.AddScoped<MarketPriceStore>();
        services.AddScoped<MarketInformedPricer>();
        services.AddHostedService<RefreshWorker>();
        services.AddOpenApi();
    }
}
