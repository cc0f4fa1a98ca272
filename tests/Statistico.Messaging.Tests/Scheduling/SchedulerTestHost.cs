using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Statistico.Messaging.Bus;
using Statistico.Messaging.Persistence;
using Statistico.Messaging.Scheduling;
using Statistico.Testing;

namespace Statistico.Messaging.Tests.Scheduling;

/// <summary>
/// One "process" of a service that hosts the scheduler, wired the way a service wires it: its database migrated
/// (Quartz's schema included), the clustered scheduler, and the bus with the scheduler's consumers and a reminder
/// consumer. Cluster timings are cut to fractions of a second so the tests take seconds.
/// </summary>
public static class SchedulerTestHost
{
    public const string DatabaseName = "scheduling";
    public const string PollingJobName = "polling";

    public static Uri ReminderQueue { get; } = new("queue:reminder");

    /// <summary>The queue of the hosted scheduler, named after its database.</summary>
    public static Uri SchedulerQueue { get; } = SchedulerEndpoint.ForDatabase(DatabaseName).Address;

    public static async Task<RunningHost> StartAsync(
        IsolatedDatabase database,
        IsolatedVirtualHost virtualHost,
        ReminderJournal reminders,
        CancellationToken cancellationToken,
        PollingJournal? polling = null,
        Action<IServiceCollection, IBusRegistrationConfigurator>? extra = null,
        Uri? brokerUri = null,
        IReadOnlyDictionary<string, string?>? settings = null)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(virtualHost);
        var configuration = new Dictionary<string, string?>
        {
            ["ConnectionStrings:messaging"] = (brokerUri ?? virtualHost.BrokerUri).ToString(),
            [$"ConnectionStrings:{DatabaseName}"] = database.ConnectionString,
            ["Scheduler:CheckinInterval"] = "00:00:00.500",
            // Generous enough that a node starved of CPU by parallel test runs is not declared dead (a false
            // failover re-fires its in-flight jobs: at-least-once, which the inbox absorbs, but not what these assert).
            ["Scheduler:CheckinMisfireThreshold"] = "00:00:04",
            ["Scheduler:MisfireThreshold"] = "00:00:01",
            ["Scheduler:IdleWaitTime"] = "00:00:01",
            ["Scheduler:CompletedRetention"] = "00:00:06",
            [$"Scheduler:RecurringJobs:{PollingJobName}:Cron"] = "0/1 * * * * ?",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            configuration[key] = value;
        }

        var host = Host.CreateDefaultBuilder()
            .ConfigureAppConfiguration(config => config.AddInMemoryCollection(configuration))
            .ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Warning))
            .ConfigureServices((context, services) =>
            {
                services.AddSingleton(reminders);
                services.AddSingleton(polling ?? new PollingJournal());
                services.AddStatisticoDatabase<SchedulingDbContext>(context.Configuration, DatabaseName);
                services.AddStatisticoScheduler(context.Configuration, DatabaseName, quartz =>
                {
                    if (polling is not null)
                    {
                        quartz.AddStatisticoRecurringJob<PollingJob>(context.Configuration, PollingJobName);
                    }
                });
                services.AddStatisticoMessaging(context.Configuration, bus =>
                {
                    bus.AddConsumer<ReminderConsumer>();
                    extra?.Invoke(services, bus);
                });
            })
            .Build();
        var running = new RunningHost(host);
        try
        {
            await host.StartAsync(cancellationToken);
            await host.Services.GetRequiredService<IBusControl>().WaitForHealthStatus(BusHealthStatus.Healthy, TimeSpan.FromSeconds(30));
            return running;
        }
        catch
        {
            await running.DisposeAsync();
            throw;
        }
    }
}
