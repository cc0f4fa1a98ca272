using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Statistico.Messaging.Bus;
using Statistico.Messaging.Persistence;

namespace Statistico.Messaging.Tests.Support;

/// <summary>A process of a service, as far as messaging goes: its own bus and DbContext on real servers.</summary>
internal static class MessagingHost
{
    /// <summary>The connection string name of <see cref="MessagingDbContext"/>'s database.</summary>
    public const string DatabaseName = "messagingtests";

    // MassTransit keeps a process-wide log context bound to the first logger factory it sees. Tests run many hosts in
    // one process, so they share one factory that no host disposes.
    private static readonly ILoggerFactory SharedLoggerFactory =
        LoggerFactory.Create(logging => logging.SetMinimumLevel(LogLevel.Warning).AddSimpleConsole(o => o.SingleLine = true));

    public static async Task<IHost> StartAsync(
        string database,
        Uri broker,
        Action<IBusRegistrationConfigurator> configureBus,
        Action<IServiceCollection>? configureServices = null,
        IDictionary<string, string?>? settings = null,
        Action<DbContextOptionsBuilder>? configureDatabase = null)
    {
        var configuration = new Dictionary<string, string?>
        {
            ["ConnectionStrings:messaging"] = broker.ToString(),
            ["Messaging:RetryLimit"] = "10",
            ["Messaging:RetryMinInterval"] = "00:00:00.010",
            ["Messaging:RetryMaxInterval"] = "00:00:00.200",
            ["Messaging:PrefetchCount"] = "16",
            ["Messaging:Outbox:QueryDelay"] = "00:00:00.200",
            [$"ConnectionStrings:{DatabaseName}"] = database,
            ["Database:MigrateOnStart"] = "false", // the tests create their schema (CreateSchemaAsync)
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            configuration[key] = value;
        }

        var host = Host.CreateDefaultBuilder()
            .ConfigureAppConfiguration(config => config.AddInMemoryCollection(configuration))
            .ConfigureServices((context, services) =>
            {
                services.AddSingleton(SharedLoggerFactory);
                // Registered as services register theirs (pooled, the layer's Npgsql settings, ADR 47), so the layer's
                // tests run on the contexts services run on.
                services.AddStatisticoDatabase<MessagingDbContext>(context.Configuration, DatabaseName);
                if (configureDatabase is not null)
                {
                    services.ConfigureDbContext<MessagingDbContext>(configureDatabase);
                }

                configureServices?.Invoke(services);
                services.AddStatisticoMessaging(context.Configuration, configureBus);
                services.Configure<MassTransitHostOptions>(options => options.StopTimeout = TimeSpan.FromSeconds(5));
            })
            .Build();
        await host.StartAsync();
        await host.Services.GetRequiredService<IBusControl>().WaitForHealthStatus(BusHealthStatus.Healthy, TimeSpan.FromSeconds(30));
        return host;
    }

    /// <summary>Creates the test schema (a service would apply its migrations instead).</summary>
    public static async Task CreateSchemaAsync(string database)
    {
        await using var db = new MessagingDbContext(new DbContextOptionsBuilder<MessagingDbContext>().UseNpgsql(database).Options);
        await db.Database.EnsureCreatedAsync();
    }
}
