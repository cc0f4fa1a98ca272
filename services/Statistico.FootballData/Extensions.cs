using Statistico.FootballData.Caching;
using Statistico.FootballData.Data;
using Statistico.FootballData.Fixtures;
using Statistico.Messaging.Bus;
using Statistico.Messaging.Outbox;
using Statistico.Messaging.Persistence;

namespace Statistico.FootballData;

internal static class Extensions
{
    /// <summary>The Aspire database resource (and connection-string) name of this service.</summary>
    public const string DatabaseName = "footballdata";

    public static void AddApplicationServices(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        // Order matters: the migrator is a hosted service registered before the bus, so the schema exists
        // before the first message is consumed.
        services.AddStatisticoDatabase<FootballDataDbContext>(builder.Configuration, DatabaseName);
        services.AddStatisticoCache(builder.Configuration);
        services.AddStatisticoMessaging(builder.Configuration, bus =>
        {
            bus.AddConsumer<UpcomingFixturesConsumer>();
            bus.AddStatisticoOutbox<FootballDataDbContext>();
        });

        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<UpcomingFixturesCache>();
        services.AddHostedService<UpcomingFixturesCacheWarmer>();
        services.AddScoped<FixtureScheduler>();
        services.AddOpenApi();
    }
}
