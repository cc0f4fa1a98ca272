using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Statistico.Messaging.Persistence;
using Statistico.Simulator.Clock;
using Statistico.Simulator.Data;
using Statistico.Simulator.DataProvider;
using Statistico.Simulator.Exchange;
using Statistico.Simulator.Faults;
using Statistico.Simulator.Streaming;
using Statistico.Simulator.World;

namespace Statistico.Simulator;

internal static class Extensions
{
    /// <summary>The Aspire database resource (and connection-string) name of this service.</summary>
    public const string DatabaseName = "simulator";

    public static void AddApplicationServices(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        // The migrator is registered first so the schema exists before the world runner loads the world.
        services.AddStatisticoDatabase<SimulatorDbContext>(builder.Configuration, DatabaseName);
        services.AddOptions<SimulatorOptions>().Bind(builder.Configuration.GetSection(SimulatorOptions.SectionName));
        services.AddSingleton(provider => provider.GetRequiredService<IOptions<SimulatorOptions>>().Value.Exchange);
        services.TryAddSingleton(TimeProvider.System);
        services.AddHttpClient();

        services.AddSingleton<WorldClock>();
        services.AddSingleton<WorldGate>();
        services.AddSingleton<Exchange.CatchUpMark>();
        services.AddSingleton<CurrentWorld>();
        services.AddSingleton<WorldFactory>();
        services.AddSingleton<CallCounter>();
        services.AddSingleton(provider => new FaultDice(provider.GetRequiredService<IOptions<SimulatorOptions>>().Value.Seed));
        services.AddScoped<WorldStore>();
        services.AddScoped<OrderMatcher>();
        services.AddScoped<ExchangeCatchUp>();
        services.AddScoped<OrderPlacement>();
        services.AddSingleton<InPlayBetDelay>();
        services.AddScoped<OrderCancellation>();
        services.AddScoped<CustomerRefWindow>();
        services.AddScoped<PlaceOrdersValidator>();
        services.AddScoped<ExchangeQueries>();
        services.AddScoped<OrderQueries>();
        services.AddScoped<NavigationQueries>();
        services.AddScoped<AccountQueries>();
        services.AddScoped<AmendmentGate>();
        services.AddScoped<OrderReplacement>();
        services.AddScoped<OrderUpdate>();
        services.AddScoped<SessionCheck>();
        services.AddHostedService<WorldRunner>();
        builder.AddExchangeStream();
        services.AddOpenApi();
    }
}
