using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Statistico.Messaging.Scheduling;
using Statistico.Messaging.Serialization;

namespace Statistico.Messaging.Bus;

/// <summary>One registration gives every service the same bus behaviour.</summary>
public static class MessagingServiceCollectionExtensions
{
    /// <summary>
    /// Adds MassTransit with Statistico's conventions: kebab-case endpoint names, durable queues (classic or quorum:
    /// <see cref="MessagingOptions.QueueType"/>), publisher confirms, exponential retry, then scheduled redelivery when a
    /// scheduler is available, then poison messages to <c>_error</c> queues (MassTransit's default fault handling keeps
    /// the exception in the message headers), prefetch/concurrency from configuration, MassTransit's bus health check
    /// (tagged <c>ready</c>), and the binary wire format of <c>MarketOddsObserved</c>.
    /// </summary>
    public static IServiceCollection AddStatisticoMessaging(
        this IServiceCollection services,
        IConfiguration configuration,
        Action<IBusRegistrationConfigurator>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection(MessagingOptions.SectionName);
        services.AddOptions<MessagingOptions>().Bind(section);
        var options = section.Get<MessagingOptions>() ?? new MessagingOptions();

        services.AddMassTransit(bus =>
        {
            bus.SetEndpointNameFormatter(new KebabCaseEndpointNameFormatter(EndpointPrefix.For(options, configuration), includeNamespace: false));
            configure?.Invoke(bus);
            // Durable scheduling (saga timeouts, ScheduleSend) through the service's own Quartz scheduler, when it
            // hosts one (AddStatisticoScheduler before this call) or names another service's (Scheduler:QueueName).
            bus.AddStatisticoScheduling(configuration);
            var intervals = options.GetRedeliveryIntervals().ToArray();
            var redeliver = bus.Any(service => service.ServiceType == typeof(IMessageScheduler)) && intervals.Length > 0;
            bus.AddConfigureEndpointsCallback((_, endpoint) =>
            {
                // Outermost first: a message that still fails after the immediate retries comes back later (a
                // dependency may be back by then) before it is parked in _error; the scheduler keeps pending
                // redeliveries durable. Each retry runs in a fresh scope (new DbContext, new transaction).
                if (redeliver)
                {
                    endpoint.UseScheduledRedelivery(redelivery => redelivery.Intervals(intervals));
                }

                endpoint.UseMessageRetry(retry => retry.Exponential(
                    options.RetryLimit, options.RetryMinInterval, options.RetryMaxInterval, TimeSpan.FromMilliseconds(100)));
            });

            if (options.Transport == MessagingTransport.InMemory)
            {
                bus.UsingInMemory((context, cfg) => ConfigureCommon(context, cfg, options));
                return;
            }

            if (options.QueueType == QueueType.Quorum)
            {
                // Every endpoint MassTransit configures (consumers, sagas, the scheduler's queue); MassTransit
                // declares each one's _error queue from the same settings (QueueTypeTests).
                bus.AddConfigureEndpointsCallback((_, endpoint) => (endpoint as IRabbitMqReceiveEndpointConfigurator)?.SetQuorumQueue());
            }

            var brokerUri = BrokerAddress.FromConfiguration(configuration);
            bus.UsingRabbitMq((context, cfg) =>
            {
                cfg.Host(brokerUri, host => host.PublisherConfirmation = true);
                cfg.PrefetchCount = options.PrefetchCount;
                ConfigureCommon(context, cfg, options);
            });
        });

        services.AddOptions<MassTransitHostOptions>().Configure(host =>
        {
            // Start even when the broker is down (health says so); MassTransit keeps reconnecting.
            host.WaitUntilStarted = false;
            host.StopTimeout = TimeSpan.FromSeconds(30);
        });
        return services;
    }

    private static void ConfigureCommon<TEndpoint>(
        IBusRegistrationContext context,
        IBusFactoryConfigurator<TEndpoint> cfg,
        MessagingOptions options)
        where TEndpoint : IReceiveEndpointConfigurator
    {
        cfg.ConcurrentMessageLimit = options.GetConcurrentMessageLimit();

        // MarketOddsObserved travels in a compact binary format (ADR 0007); everything else stays JSON.
        cfg.UseMarketOddsWireFormat();

        cfg.ConfigureEndpoints(context);
    }
}
