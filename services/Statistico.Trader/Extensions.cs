using Statistico.Messaging.Bus;
using Statistico.Messaging.Outbox;
using Statistico.Messaging.Persistence;
using Statistico.Messaging.Sagas;
using Statistico.Messaging.Scheduling;
using Statistico.Trader.Data;
using Statistico.Trader.Decisions;
using Statistico.Trader.Live;
using Statistico.Trader.Paper;
using Statistico.Trader.Positions;
using Statistico.Trader.Strategies;
using Statistico.Trader.Trading;

namespace Statistico.Trader;

internal static class Extensions
{
    /// <summary>The Aspire database resource (and connection-string) name of this service.</summary>
    public const string DatabaseName = "trader";

    public static void AddApplicationServices(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        var configuration = builder.Configuration;
        services.AddOptions<TraderOptions>().Bind(configuration.GetSection(TraderOptions.SectionName));
        var options = configuration.GetSection(TraderOptions.SectionName).Get<TraderOptions>() ?? new TraderOptions();
        var live = LiveExchangeRegistration.IsConfigured(configuration);

        // Database first (its migrator runs before anything consumes), then the scheduler (durable unmatched
        // timeouts), then the bus: the trade saga in Postgres behind the outbox and inbox.
        services.AddStatisticoDatabase<TraderDbContext>(configuration, DatabaseName);
        services.AddStatisticoScheduler(configuration, DatabaseName, quartz =>
        {
            if (live)
            {
                quartz.AddLiveSchedules(options.Live);
            }
        });
        services.AddStatisticoMessaging(configuration, bus =>
        {
            bus.AddSagaStateMachine<TradeStateMachine, TradeState>(typeof(TradeStateDefinition))
                .PostgresRepository<TradeState, TraderDbContext>(SagaConcurrencyMode.Pessimistic);
            bus.AddConsumer<FixtureEventsConsumer>();
            bus.AddConsumer<OddsCompiledConsumer>();
            bus.AddConsumer<MarketOddsObservedConsumer>();
            bus.AddConsumer<PaperExchange>(typeof(PaperExchangeDefinition));
            bus.AddConsumer<PositionBook>();
            if (live)
            {
                bus.AddLiveExchange();
            }

            bus.AddStatisticoOutbox<TraderDbContext>();
        });

        services.AddSingleton(TimeProvider.System);
        services.AddScoped<PriceStore>();
        services.AddScoped<RiskGate>();
        services.AddScoped<TradeSignaller>();
        services.AddScoped<PaperBook>();
        services.AddScoped<StrategyBook>();
        services.AddSingleton<ActiveStrategies>();
        services.AddHostedService<DemoStrategies>();
        if (live)
        {
            services.AddLiveExchangeServices(configuration);
        }

        services.AddOpenApi();
    }
}
