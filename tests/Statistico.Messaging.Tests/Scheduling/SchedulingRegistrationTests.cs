using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Statistico.Messaging.Scheduling;

namespace Statistico.Messaging.Tests.Scheduling;

/// <summary>What <c>AddStatisticoScheduling</c> registers, for a service that hosts, uses or ignores a scheduler.</summary>
[Trait("Category", "Unit")]
public sealed class SchedulingRegistrationTests
{
    [Fact]
    public void A_service_that_hosts_a_scheduler_consumes_its_own_queue_and_schedules_through_it()
    {
        var configuration = Configuration(("ConnectionStrings:trader", "Host=127.0.0.1;Database=trader"));
        var services = new ServiceCollection().AddStatisticoScheduler(configuration, "trader");
        services.AddMassTransit(bus => bus.AddStatisticoScheduling(configuration));

        Assert.Equal(new Uri("queue:trader-scheduler"), services.BuildServiceProvider().GetRequiredService<SchedulerEndpoint>().Address);
        Assert.Contains(services, s => s.ServiceType == typeof(ScheduleMessageConsumer));
        Assert.Contains(services, s => s.ServiceType == typeof(IMessageScheduler));
    }

    [Fact]
    public void A_service_that_names_another_services_queue_schedules_there_without_consuming_it()
    {
        var configuration = Configuration(("Scheduler:QueueName", "trader-scheduler"));
        var services = new ServiceCollection();
        services.AddMassTransit(bus => bus.AddStatisticoScheduling(configuration));

        Assert.DoesNotContain(services, s => s.ServiceType == typeof(ScheduleMessageConsumer));
        Assert.Contains(services, s => s.ServiceType == typeof(IMessageScheduler));
    }

    [Fact]
    public void A_service_without_a_scheduler_registers_nothing_for_one()
    {
        var services = new ServiceCollection();
        services.AddMassTransit(bus => bus.AddStatisticoScheduling(Configuration()));

        Assert.DoesNotContain(services, s => s.ServiceType == typeof(ScheduleMessageConsumer));
        Assert.DoesNotContain(services, s => s.ServiceType == typeof(IMessageScheduler));
    }

    [Fact]
    public void A_recurring_job_without_a_cron_expression_is_refused_with_the_key_to_set()
    {
        var configuration = Configuration(("ConnectionStrings:ingest", "Host=127.0.0.1;Database=ingest"));
        var services = new ServiceCollection();

        var error = Assert.Throws<InvalidOperationException>(() => services.AddStatisticoScheduler(
            configuration, "ingest", quartz => quartz.AddStatisticoRecurringJob<PollingJob>(configuration, "odds")));

        Assert.Contains("Scheduler:RecurringJobs:odds:Cron", error.Message, StringComparison.Ordinal);
    }

    private static IConfiguration Configuration(params (string Key, string Value)[] settings) =>
        new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value)))
            .Build();
}
