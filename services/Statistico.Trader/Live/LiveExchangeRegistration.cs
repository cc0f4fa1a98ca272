using MassTransit;
using Quartz;
using Statistico.Betfair;
using Statistico.Betfair.Streaming;
using Statistico.Leases;
using Statistico.Messaging.Scheduling;
using Statistico.Trader.Live.Faults;

namespace Statistico.Trader.Live;

/// <summary>
/// Wires the LIVE exchange adapter when an exchange is configured (<c>Betfair:BaseUrl</c>: the Simulator or Betfair).
/// Without one, LIVE orders wait on their queue and are refused as stale once an exchange is configured and the
/// service restarts: nothing is ever sent to an exchange nobody named.
/// </summary>
internal static class LiveExchangeRegistration
{
    public static bool IsConfigured(IConfiguration configuration) =>
        !string.IsNullOrWhiteSpace(configuration[$"{BetfairOptions.SectionName}:{nameof(BetfairOptions.BaseUrl)}"]);

    public static void AddLiveExchangeServices(this IServiceCollection services, IConfiguration configuration)
    {
        // AddBetfairClient keeps retries off order calls whatever else the host adds (ADR 0203).
        var client = services.AddBetfairClient(configuration);
        var hang = configuration.GetSection($"{TraderOptions.SectionName}:Live").Get<LiveOrderOptions>()?.HangPlaceOrders ?? PlaceOrdersHang.None;
        if (hang != PlaceOrdersHang.None)
        {
            client.AddHttpMessageHandler(() => new PlaceOrdersHangHandler(hang));
        }

        services.AddScoped<LiveOrderLedger>();
        services.AddScoped<LiveOrderGate>();
        services.AddScoped<LiveOrderSender>();
        services.AddScoped<LiveOrderResolver>();
        services.AddScoped<LiveOrderCanceller>();
        services.AddScoped<LiveClearedOrders>();
        services.AddScoped<LiveOrderMonitor>();
        services.AddScoped<LiveReconciler>();
        services.AddHostedService<LiveReconcileAtStart>();
        if (OrderStreamOn(configuration))
        {
            // The stream client shares the JSON-RPC client's session (ADR 1001); one client for the service's lifetime.
            services.AddBetfairStreamClient(configuration);
            services.AddScoped<LiveOrderStreamReporter>();
            // One replica streams the account's orders at a time (ADR 0617); the others rely on the poll.
            services.AddKeyedSingleton(LiveOrderStream.LeaseKey, (_, _) =>
                new AdvisoryLease(configuration.GetConnectionString(Extensions.DatabaseName)!, LiveOrderStream.LeaseScope, LiveOrderStream.LeaseName));
            services.AddKeyedSingleton(LiveOrderStream.LeaseKey, (provider, key) => new LeaseHolder(
                provider.GetRequiredKeyedService<AdvisoryLease>(key), provider.GetRequiredService<TimeProvider>(), provider.GetRequiredService<ILogger<LiveOrderStream>>()));
            services.AddSingleton<LiveOrderStream>();
            services.AddHostedService(provider => provider.GetRequiredService<LiveOrderStream>());
        }
    }

    /// <summary>Whether matches, lapses and cancels also come from the order stream (<c>Trader:Live:OrderStream</c>, off by default). ADR 0616.</summary>
    public static bool OrderStreamOn(IConfiguration configuration) =>
        configuration.GetSection($"{TraderOptions.SectionName}:Live").Get<LiveOrderOptions>()?.OrderStream ?? false;

    public static void AddLiveExchange(this IBusRegistrationConfigurator bus) =>
        bus.AddConsumer<LiveExchange>(typeof(LiveExchangeDefinition));

    /// <summary>
    /// The order monitor and the reconciliation as clustered recurring jobs. With the order stream on the monitor still
    /// runs, less often: it is the fallback when the stream is down and the pass that finds cleared orders.
    /// </summary>
    public static void AddLiveSchedules(this IQuartzBuilder quartz, LiveOrderOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var monitor = options.OrderStream ? options.StreamMonitorCron : options.MonitorCron;
        quartz.AddStatisticoRecurringJob<LiveOrderMonitorJob>(LiveOrderMonitorJob.JobName, new RecurringJobOptions { Cron = monitor });
        quartz.AddStatisticoRecurringJob<LiveReconcileJob>(LiveReconcileJob.JobName, new RecurringJobOptions { Cron = options.ReconcileCron });
    }
}
