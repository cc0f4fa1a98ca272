// How a service wires the scheduler:
//
//   1. Host it (a service with its own database; every replica joins one Quartz cluster), BEFORE the bus:
//        services.AddStatisticoDatabase<TraderDbContext>(configuration, "trader");
//        services.AddStatisticoScheduler(configuration, "trader");          // queue "trader-scheduler"
//        services.AddStatisticoMessaging(configuration, ...);
//   2. Bus side, one line in AddStatisticoMessaging right after configure?.Invoke(bus) (or in the callback):
//        bus.AddStatisticoScheduling(configuration);
//      It hosts the scheduler queue when step 1 ran, and schedules through it; a service that hosts none but
//      schedules sets Scheduler:QueueName to the hosting service's queue; with neither it does nothing.
//   3. A migration of the service's DbContext: migrationBuilder.CreateQuartzSchema() in Up, DropQuartzSchema() in Down;
//      and one after it for the recurring jobs' firing claims, a class deriving RecurringJobFiringsMigration.
//
// Sagas then use Schedule(...) and consumers context.ScheduleSend(...) as with MassTransit.Quartz; recurring
// polling/ingestion jobs are declared with quartz.AddStatisticoRecurringJob<TJob>(configuration, "name") in the
// optional callback of AddStatisticoScheduler.
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Quartz;
using Quartz.Impl;
using Statistico.Messaging.Persistence;

namespace Statistico.Messaging.Scheduling;

/// <summary>Registers Quartz as Statistico's durable, clustered scheduler.</summary>
public static class SchedulerServiceCollectionExtensions
{
    /// <summary>The name of the scheduler's health check (tagged <c>ready</c>).</summary>
    public const string HealthCheckName = "scheduler";

    /// <summary>
    /// Adds a Quartz scheduler whose jobs and triggers live in the <c>quartz</c> schema of the database named
    /// <paramref name="connectionStringName"/> (created by the service's migration, validated here at start-up),
    /// clustered with every other replica (instance ids generated), job data stored as System.Text.Json strings,
    /// hosted (it starts with the application and finishes running jobs when it stops) and health-checked.
    /// </summary>
    public static IServiceCollection AddStatisticoScheduler(
        this IServiceCollection services,
        IConfiguration configuration,
        string connectionStringName,
        Action<IQuartzBuilder>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection(SchedulerOptions.SectionName);
        services.AddOptions<SchedulerOptions>().Bind(section);
        var options = section.Get<SchedulerOptions>() ?? new SchedulerOptions();
        var connectionString = configuration.GetConnectionString(connectionStringName);
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new InvalidOperationException(
                $"ConnectionStrings:{connectionStringName} is not set; the scheduler keeps its jobs in that database.");
        }

        // The recurring jobs' firing claims (ADR 0049) on a data source of their own, disposed with the container.
        services.AddKeyedSingleton(RecurringFiringClaim.DataSourceKey, (_, _) => NpgsqlDataSource.Create(NpgsqlConnectionDefaults.Apply(connectionString)));
        services.AddSingleton(options.QueueName is { Length: > 0 } name ? new SchedulerEndpoint(name) : SchedulerEndpoint.ForDatabase(connectionStringName));
        services.AddQuartz(quartz =>
        {
            quartz.ConfigureScheduler(scheduler =>
            {
                scheduler.InstanceName = options.InstanceName;
                scheduler.GenerateInstanceId = true; // "AUTO": each replica a node of its own in the cluster
                scheduler.IdleWaitTime = options.IdleWaitTime;
            });
            quartz.UseDefaultThreadPool(options.MaxConcurrency);
            quartz.AddJobType<ScheduledMessageJob>();
            quartz.UsePersistentStore(store =>
            {
                store.UsePostgres(connectionString);
                store.UseSerializer<SystemTextJsonObjectSerializer>();
                store.UseClustering(cluster =>
                {
                    cluster.Enabled = true;
                    cluster.CheckinInterval = options.CheckinInterval;
                    cluster.CheckinMisfireThreshold = options.CheckinMisfireThreshold;
                });
                store.ConfigureStore(ado =>
                {
                    ado.TablePrefix = QuartzSchema.TablePrefix;
                    ado.MisfireThreshold = options.MisfireThreshold;
                    ado.StoreJobDataAsStrings = true;
                    ado.SchemaProvisioning = SchemaProvisioning.Validate; // the migration owns the tables
                });
            });
            // Ready only while the scheduler runs, reaches its store and this node keeps checking in to the cluster.
            quartz.AddQuartzHealthChecks(check =>
            {
                check.Name = HealthCheckName;
                check.Tags.Add("ready");
            });
            quartz.AddTriggerListener(
                provider => new RecurringFiringClaim(provider.GetRequiredKeyedService<NpgsqlDataSource>(RecurringFiringClaim.DataSourceKey)),
                GroupMatcher<TriggerKey>.GroupEquals(RecurringJobQuartzExtensions.Group));
            configure?.Invoke(quartz);
        });
        services.AddQuartzHostedService(hosted => hosted.WaitForJobsToComplete = true);
        return services;
    }
}
