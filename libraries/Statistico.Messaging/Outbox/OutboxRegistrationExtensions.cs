using MassTransit;
using MassTransit.DependencyInjection;
using MassTransit.Middleware.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Statistico.Messaging.Scheduling;

namespace Statistico.Messaging.Outbox;

/// <summary>Turns on the transactional outbox and inbox of a service's DbContext for every endpoint and scope.</summary>
public static class OutboxRegistrationExtensions
{
    /// <summary>
    /// Every consumer and saga of the bus, except the hosted scheduler's, gets the inbox (a redelivered message id is
    /// processed once) and the consume outbox, in one transaction per message (<see cref="TransactionalConsumeFilter{TDbContext,TMessage}"/>);
    /// publishing from any other DI scope (API requests) stores rows in the caller's transaction; the relay delivers
    /// both. <typeparamref name="TDbContext"/>'s
    /// model must call <see cref="OutboxModelBuilderExtensions.AddStatisticoOutbox"/>.
    /// </summary>
    public static IBusRegistrationConfigurator AddStatisticoOutbox<TDbContext>(this IBusRegistrationConfigurator bus)
        where TDbContext : DbContext
    {
        ArgumentNullException.ThrowIfNull(bus);
        bus.AddOptions<OutboxOptions>().BindConfiguration(OutboxOptions.SectionName).ValidateOnStart();
        bus.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<OutboxOptions>, InboxWindowValidation>());
        bus.TryAddSingleton(TimeProvider.System);
        bus.TryAddSingleton<IBusOutboxNotification, OutboxSignal>();
        bus.TryAddSingleton<OutboxRelayHold>();
        bus.TryAddScoped<AfterCommit>();
        bus.TryAddScoped<DeferredInboxClaim>();
        bus.TryAddScoped<ScopedBusContextProvider<IBus>>();
        bus.ReplaceScoped<IScopedBusContextProvider<IBus>, OutboxScopedBusContextProvider<TDbContext>>();
        bus.AddHostedService<OutboxRelay<TDbContext>>();
        bus.AddHostedService<InboxCleanup<TDbContext>>();
        bus.AddHealthChecks().AddCheck<OutboxHealthCheck<TDbContext>>("outbox", tags: ["ready"]);

        bus.AddConfigureEndpointsCallback((context, name, endpoint) =>
        {
            // Not on the hosted scheduler's queue (ADR 27): every scheduled redelivery of one message arrives there
            // under that message's id, so an inbox would take the second for a duplicate and drop it. Its consumers
            // are idempotent by the Quartz job key (the token id) and commit in Quartz's own transaction.
            if (context.GetService<SchedulerEndpoint>() is { } scheduler && scheduler.Name == name)
            {
                return;
            }

            endpoint.UseStatisticoOutbox<TDbContext>(context);
        });
        return bus;
    }

    /// <summary>The inbox and consume outbox on one receive endpoint (done for every endpoint by <see cref="AddStatisticoOutbox{TDbContext}"/>).</summary>
    public static void UseStatisticoOutbox<TDbContext>(this IReceiveEndpointConfigurator endpoint, IRegistrationContext context)
        where TDbContext : DbContext
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        var observer = new TransactionalConsumeObserver<TDbContext>(endpoint, context);
        endpoint.ConnectConsumerConfigurationObserver(observer);
        endpoint.ConnectSagaConfigurationObserver(observer);
    }
}
