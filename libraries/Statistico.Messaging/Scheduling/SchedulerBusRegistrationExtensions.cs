using MassTransit;
using Microsoft.Extensions.Configuration;

namespace Statistico.Messaging.Scheduling;

/// <summary>The bus side of the scheduler: its queue's consumers, and scheduling through that queue.</summary>
public static class SchedulerBusRegistrationExtensions
{
    /// <summary>
    /// When this service hosts a scheduler (<c>AddStatisticoScheduler</c> registered before the bus), consumes its
    /// queue: MassTransit's schedule/cancel contracts, one-off and recurring, become Quartz jobs. Then, whether it
    /// hosts one or names another service's (<c>Scheduler:QueueName</c>), schedules through that queue:
    /// <see cref="IMessageScheduler"/> in the container, and on every receive endpoint the consume-context
    /// scheduler that saga <c>Schedule(...)</c> and <c>context.ScheduleSend(...)</c> use. With neither, it does
    /// nothing, so every service can call it.
    /// </summary>
    public static IBusRegistrationConfigurator AddStatisticoScheduling(this IBusRegistrationConfigurator bus, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(bus);
        ArgumentNullException.ThrowIfNull(configuration);

        // The bus registration is the service collection itself, so the hosted scheduler's queue is found there.
        var hosted = bus.LastOrDefault(service => service.ServiceType == typeof(SchedulerEndpoint))?.ImplementationInstance as SchedulerEndpoint;
        var queue = hosted ?? (configuration[$"{SchedulerOptions.SectionName}:{nameof(SchedulerOptions.QueueName)}"] is { Length: > 0 } name
            ? new SchedulerEndpoint(name)
            : null);
        if (queue is null)
        {
            return bus;
        }

        if (hosted is not null)
        {
            bus.AddConsumer<ScheduleMessageConsumer>().Endpoint(endpoint => endpoint.Name = queue.Name);
            bus.AddConsumer<CancelScheduledMessageConsumer>().Endpoint(endpoint => endpoint.Name = queue.Name);
            bus.AddConsumer<ScheduleRecurringMessageConsumer>().Endpoint(endpoint => endpoint.Name = queue.Name);
            bus.AddConsumer<CancelScheduledRecurringMessageConsumer>().Endpoint(endpoint => endpoint.Name = queue.Name);
        }

        bus.AddMessageScheduler(queue.Address);
        bus.AddConfigureEndpointsCallback((_, endpoint) => endpoint.UseMessageScheduler(queue.Address));
        return bus;
    }
}
