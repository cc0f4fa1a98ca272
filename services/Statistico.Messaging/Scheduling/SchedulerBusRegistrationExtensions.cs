using MassTransit;
using Microsoft.Extensions.Configuration;

namespace Statistico.Messaging.Scheduling;

/// <summary>The bus side of the scheduler: its queue's consumers, and scheduling through that queue.</summary>
public static class SchedulerBusRegistrationExtensions
{
    /// <summary>
    /// Hosts the scheduler queue (<c>Scheduler:QueueName</c>, default <c>scheduler</c>): the consumers of
    /// MassTransit's schedule/cancel contracts, one-off and recurring, store and delete Quartz jobs. Also makes
    /// this service schedule through that queue (<see cref="AddStatisticoMessageScheduler"/>). Needs
    /// <see cref="SchedulerServiceCollectionExtensions.AddStatisticoScheduler"/>.
    /// </summary>
    public static IBusRegistrationConfigurator AddStatisticoSchedulerConsumers(this IBusRegistrationConfigurator bus, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(bus);
        var options = ReadOptions(configuration);
        bus.AddConsumer<ScheduleMessageConsumer>().Endpoint(endpoint => endpoint.Name = options.QueueName);
        bus.AddConsumer<CancelScheduledMessageConsumer>().Endpoint(endpoint => endpoint.Name = options.QueueName);
        bus.AddConsumer<ScheduleRecurringMessageConsumer>().Endpoint(endpoint => endpoint.Name = options.QueueName);
        bus.AddConsumer<CancelScheduledRecurringMessageConsumer>().Endpoint(endpoint => endpoint.Name = options.QueueName);
        return bus.AddStatisticoMessageScheduler(configuration);
    }

    /// <summary>
    /// Schedules through the scheduler queue: <see cref="IMessageScheduler"/> in the container, and on every
    /// receive endpoint the consume-context scheduler that saga <c>Schedule(...)</c> and
    /// <c>context.ScheduleSend(...)</c> use. For a service that schedules but hosts no scheduler itself.
    /// </summary>
    public static IBusRegistrationConfigurator AddStatisticoMessageScheduler(this IBusRegistrationConfigurator bus, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(bus);
        var address = ReadOptions(configuration).QueueAddress;
        bus.AddMessageScheduler(address);
        bus.AddConfigureEndpointsCallback((_, endpoint) => endpoint.UseMessageScheduler(address));
        return bus;
    }

    private static SchedulerOptions ReadOptions(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return configuration.GetSection(SchedulerOptions.SectionName).Get<SchedulerOptions>() ?? new SchedulerOptions();
    }
}
