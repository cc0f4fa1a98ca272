using Statistico.AppHost.Infrastructure;
using Statistico.AppHost.Settings;

var builder = DistributedApplication.CreateBuilder(args);

var infrastructure = builder.AddStatisticoInfrastructure();

// The synthetic world: two divisions of 20 invented teams (SIM, Sportmonks id 9001, above SIM2, 9002) with three
// completed seasons behind them (3 up, 3 down each summer), its clock starting four simulated days (two minutes at the
// default speed) before the first upcoming matchday. A changed world needs POST /control/reset and fresh databases.
var simulator = builder.AddProject<Projects.Statistico_Simulator>("world-simulator") // "simulator" is its database's name
    .WithInfrastructure(infrastructure, databaseName: "simulator")
    .WithEnvironment("Simulator__Seed", "42")
    .WithEnvironment("Simulator__Speed", "2880")
    .WithEnvironment("Simulator__Synthetic__PastSeasons", "3")
    .WithEnvironment("Simulator__Synthetic__PromotionPlaces", "3")
    .WithEnvironment("Simulator__StartBeforeFirstKickOff", "4.00:00:00")
    .WithHttpHealthCheck("/health")
    // Speed, seed, mode (synthetic or a replayed season): ./scripts/run.sh Simulator:Speed=600 Simulator:Seed=7.
    // Last, so that settings given to the run command win over the defaults above.
    .WithSettingsSection(builder.Configuration, "Simulator");

// Football Data polls the simulated world as it would poll Sportmonks (same adapter), on the world's own clock.
var footballData = builder.AddProject<Projects.Statistico_FootballData>("football-data")
    .WithInfrastructure(infrastructure, databaseName: "footballdata")
    .WithReference(simulator)
    .WithEnvironment("FootballData__Providers__simulator__Type", "sportmonks")
    .WithEnvironment("FootballData__Providers__simulator__BaseUrl", "http://world-simulator/v3/football")
    .WithEnvironment("FootballData__Providers__simulator__SourceClockUrl", "http://world-simulator/control/status")
    .WithEnvironment("FootballData__Providers__simulator__UnknownTeams", "Create")
    .WithEnvironment("FootballData__Providers__simulator__Leagues__9001", "SIM")
    .WithEnvironment("FootballData__Providers__simulator__Leagues__9002", "SIM2")
    // The world's past seasons, read once at first start (resumable; GET /api/providers/simulator/history shows it).
    .WithEnvironment("FootballData__Providers__simulator__HistoryDaysBack", "1200")
    .WithEnvironment("FootballData__Providers__simulator__Schedules__Fixtures", "0/30 * * * * ?")
    .WithEnvironment("FootballData__Providers__simulator__Schedules__Results", "5/15 * * * * ?")
    .WithEnvironment("FootballData__Providers__simulator__Schedules__Statistics", "10 * * * * ?")
    .WithHttpHealthCheck("/health");

// "ratings" is the database resource's name (a connection-string resource), so the service needs another.
var ratings = builder.AddProject<Projects.Statistico_Ratings>("ratings-service")
    .WithInfrastructure(infrastructure, databaseName: "ratings")
    .WithReference(footballData)
    // Required settings (a service without them stops at start naming the key); the names resolve by service discovery.
    .WithEnvironment("FootballData__BaseUrl", "http://football-data")
    .WithHttpHealthCheck("/health");

builder.AddProject<Projects.Statistico_OddsWarehouse>("odds-warehouse")
    .WithInfrastructure(infrastructure, databaseName: "oddswarehouse")
    .WithHttpHealthCheck("/health");

var compiler = builder.AddProject<Projects.Statistico_OddsCompiler>("odds-compiler")
    .WithInfrastructure(infrastructure, databaseName: "oddscompiler")
    .WithReference(footballData)
    .WithReference(ratings)
    .WithEnvironment("FootballData__BaseUrl", "http://football-data")
    .WithEnvironment("Ratings__BaseUrl", "http://ratings-service")
    .WithHttpHealthCheck("/health");

// The Odds Checker watches the simulated exchange as it would watch Betfair (same client), on the world's own clock,
// and Statistico's own compiled book as the source "statistico".
builder.AddProject<Projects.Statistico_OddsChecker>("odds-checker")
    .WithInfrastructure(infrastructure, databaseName: "oddschecker")
    .WithReference(simulator)
    .WithReference(compiler)
    .WithEnvironment("OddsChecker__Sources__statistico__Enabled", "true")
    .WithEnvironment("OddsChecker__Sources__statistico__BaseUrl", "http://odds-compiler/")
    .WithEnvironment("OddsChecker__Sources__statistico__ClockUrl", "http://world-simulator/control/status")
    .WithEnvironment("Betfair__BaseUrl", "http://world-simulator/exchange/betting/json-rpc/v1")
    // The Simulator's credentials may travel over plain http to this one named host (ADR 0206).
    .WithEnvironment("Betfair__AllowHttpHost", "world-simulator")
    .WithEnvironment("Betfair__AppKey", "simulator-app-key")
    .WithEnvironment("Betfair__Username", "statistico")
    .WithEnvironment("Betfair__Password", "simulator")
    .WithEnvironment("OddsChecker__Sources__betfair__ClockUrl", "http://world-simulator/control/status")
    // The demo strategies trade from three days before kick-off; watch the exchange's markets from then (default two).
    .WithEnvironment("OddsChecker__Sources__betfair__LookAhead", "3.00:00:00")
    .WithHttpHealthCheck("/health");

// The Trader runs strategies on the compiled and observed prices; its LIVE orders go to the simulated exchange (same
// Betfair client), and the demo strategies (a PAPER and a LIVE one) start ACTIVE so trades appear within minutes.
builder.AddProject<Projects.Statistico_Trader>("trader-service") // "trader" is its database's name
    .WithInfrastructure(infrastructure, databaseName: "trader")
    .WithReference(simulator)
    .WithEnvironment("Trader__DemoStrategies", "true")
    .WithEnvironment("Betfair__BaseUrl", "http://world-simulator/exchange/betting/json-rpc/v1")
    .WithEnvironment("Betfair__AllowHttpHost", "world-simulator")
    .WithEnvironment("Betfair__AppKey", "simulator-app-key")
    .WithEnvironment("Betfair__Username", "statistico")
    .WithEnvironment("Betfair__Password", "simulator")
    .WithHttpHealthCheck("/health");

builder.Build().Run();
