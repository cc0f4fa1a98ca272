using Statistico.AppHost.Infrastructure;
using Statistico.AppHost.Settings;

var builder = DistributedApplication.CreateBuilder(args);

var infrastructure = builder.AddStatisticoInfrastructure();

// The checker's prices and the Trader's LIVE order updates come from the exchange's streams (ADR 1013); polling stays as
// the fallback. ./scripts/run.sh AppHost:Streams=false polls only; Betfair:AppKey=... trades on Betfair itself.
var streams = ExchangeWiring.Streams(builder.Configuration);
var realBetfair = ExchangeWiring.RealBetfair(builder.Configuration);
var streamCertificate = ExchangeWiring.NewCertificatePath();

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
    // The Exchange Stream API on port 5191 (TLS, a certificate made at start and exported for the clients to pin).
    .WithExchangeStream(streamCertificate)
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
    // A replayed season's real leagues (Simulator:Mode=Replay), which would otherwise be skipped as unmapped.
    .WithReplayLeagues(builder.Configuration)
    // Last, so that settings given to the run command win (./scripts/run.sh FootballData:Providers:simulator:HistoryDaysBack=2000).
    .WithSettingsSection(builder.Configuration, "FootballData")
    .WithHttpHealthCheck("/health");

// "ratings" is the database resource's name (a connection-string resource), so the service needs another.
var ratings = builder.AddProject<Projects.Statistico_Ratings>("ratings-service")
    .WithInfrastructure(infrastructure, databaseName: "ratings")
    .WithReference(footballData)
    // Required settings (a service without them stops at start naming the key); the names resolve by service discovery.
    .WithEnvironment("FootballData__BaseUrl", "http://football-data")
    .WithHttpHealthCheck("/health");

var warehouse = builder.AddProject<Projects.Statistico_OddsWarehouse>("odds-warehouse")
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
var checker = builder.AddProject<Projects.Statistico_OddsChecker>("odds-checker")
    .WithInfrastructure(infrastructure, databaseName: "oddschecker")
    .WithReference(simulator)
    .WithReference(compiler)
    .WithEnvironment("OddsChecker__Sources__statistico__Enabled", "true")
    .WithEnvironment("OddsChecker__Sources__statistico__BaseUrl", "http://odds-compiler/")
    .WithEnvironment("OddsChecker__Sources__statistico__ClockUrl", "http://world-simulator/control/status")
    .WithExchange(builder.Configuration, simulator, streamCertificate)
    // The demo strategies trade from three days before kick-off; watch the exchange's markets from then (default two).
    .WithEnvironment("OddsChecker__Sources__betfair__LookAhead", "3.00:00:00")
    // Prices from the market stream (one replica streams, ADR 0306); a change is published at most once a second, so
    // the stream-driven polls cost a two-core machine little more than the scheduled ones.
    .WithEnvironment("OddsChecker__Sources__betfair__Stream", streams ? "true" : "false")
    .WithEnvironment("OddsChecker__Sources__betfair__StreamMinInterval", "00:00:01")
    .WithHttpHealthCheck("/health");
if (!realBetfair)
{
    // The exchange's kick-offs are on the world's clock (Betfair's are on the wall clock, the default).
    checker.WithEnvironment("OddsChecker__Sources__betfair__ClockUrl", "http://world-simulator/control/status")
        // A replayed world's real leagues, under the competition ids the Simulator's exchange gives them.
        .WithReplayExchangeCompetitions(builder.Configuration);
}

// Last, so that settings given to the run command win (./scripts/run.sh OddsChecker:Sources:betfair:Stream=false).
checker.WithSettingsSection(builder.Configuration, "OddsChecker");

// The Trader runs strategies on the compiled and observed prices; its LIVE orders go to the simulated exchange (same
// Betfair client), and the demo strategies (a PAPER and a LIVE one) start ACTIVE so trades appear within minutes.
var trader = builder.AddProject<Projects.Statistico_Trader>("trader-service") // "trader" is its database's name
    .WithInfrastructure(infrastructure, databaseName: "trader")
    .WithReference(simulator)
    // Never on Betfair itself: the demo's LIVE strategy would trade real money.
    .WithEnvironment("Trader__DemoStrategies", realBetfair ? "false" : "true")
    .WithExchange(builder.Configuration, simulator, streamCertificate)
    // LIVE order updates from the order stream (one replica streams, ADR 0617); the order monitor polls every 30 s as the fallback.
    .WithEnvironment("Trader__Live__OrderStream", streams ? "true" : "false")
    // In a replayed world the demo strategies trade the replayed leagues (by default SIM and SIM2).
    .WithReplayDemoCompetitions(builder.Configuration)
    .WithSettingsSection(builder.Configuration, "Trader")
    .WithHttpHealthCheck("/health");

// The gateway: the web UI and a read-only, key-checked API over the services above (ADR 1200). ./scripts/run.sh makes
// the key (AppHost__GatewayApiKey) and prints the UI's address with it; without one the AppHost makes its own.
builder.AddProject<Projects.Statistico_Gateway>("gateway")
    .WithReference(trader)
    .WithReference(warehouse)
    .WithReference(compiler)
    .WithReference(checker)
    .WithReference(footballData)
    .WithReference(ratings)
    .WithEnvironment("Trader__BaseUrl", "http://trader-service")
    .WithEnvironment("OddsWarehouse__BaseUrl", "http://odds-warehouse")
    .WithEnvironment("OddsCompiler__BaseUrl", "http://odds-compiler")
    .WithEnvironment("OddsChecker__BaseUrl", "http://odds-checker")
    .WithEnvironment("FootballData__BaseUrl", "http://football-data")
    .WithEnvironment("Ratings__BaseUrl", "http://ratings-service")
    .WithEnvironment("Gateway__ApiKeys__0", GatewayKey.Parameter(builder))
    .WithHttpHealthCheck("/health");

builder.Build().Run();
