using System.Net;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using Statistico.Testing;

namespace Statistico.AppHost.Tests;

/// <summary>The real AppHost, in external mode against the test servers: the platform comes up healthy.</summary>
[Trait("Category", "System")]
[Collection(AppHostSerialGroup.Name)]
public sealed class AppHostTests(TestInfrastructure infrastructure)
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(3);

    [Fact]
    public async Task Football_data_becomes_healthy_with_the_broker_database_and_cache()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await infrastructure.CreateDatabaseAsync("apphost");
        await using var ratingsDatabase = await infrastructure.CreateDatabaseAsync("apphost-ratings");
        await using var simulatorDatabase = await infrastructure.CreateDatabaseAsync("apphost-simulator");
        await using var warehouseDatabase = await infrastructure.CreateDatabaseAsync("apphost-warehouse");
        await using var compilerDatabase = await infrastructure.CreateDatabaseAsync("apphost-compiler");
        await using var checkerDatabase = await infrastructure.CreateDatabaseAsync("apphost-checker");
        await using var traderDatabase = await infrastructure.CreateDatabaseAsync("apphost-trader");
        await using var virtualHost = await infrastructure.CreateVirtualHostAsync("apphost");
        var endpoints = infrastructure.Endpoints;

        var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.Statistico_AppHost>(
            [
                "Infrastructure:Mode=external",
                $"ConnectionStrings:messaging={virtualHost.BrokerUri}",
                $"ConnectionStrings:postgres={endpoints.Postgres}",
                $"ConnectionStrings:cache={endpoints.Cache}",
                $"ConnectionStrings:footballdata={database.ConnectionString}",
                $"ConnectionStrings:ratings={ratingsDatabase.ConnectionString}",
                $"ConnectionStrings:simulator={simulatorDatabase.ConnectionString}",
                $"ConnectionStrings:oddswarehouse={warehouseDatabase.ConnectionString}",
                $"ConnectionStrings:oddscompiler={compilerDatabase.ConnectionString}",
                $"ConnectionStrings:oddschecker={checkerDatabase.ConnectionString}",
                $"ConnectionStrings:trader={traderDatabase.ConnectionString}",
                $"{GatewayUi.KeySetting}={GatewayUi.Key}",
            ],
            ct);
        // Its own key prefix, so the test never writes a dev platform's statistico:footballdata: keys on the same Redis;
        // disposed after the app (declared before it), so every key the service wrote is deleted once it has stopped.
        await using var keyPrefix = infrastructure.CreateKeyPrefix("apphost");
        builder.CreateResourceBuilder(builder.Resources.OfType<ProjectResource>().Single(r => r.Name == "football-data")).WithEnvironment("Cache__KeyPrefix", keyPrefix.Prefix);
        await using var app = await builder.BuildAsync(ct).WaitAsync(StartTimeout, ct);
        await app.StartAsync(ct).WaitAsync(StartTimeout, ct);

        await app.ResourceNotifications.WaitForResourceHealthyAsync("football-data", ct).WaitAsync(StartTimeout, ct);

        using var http = app.CreateHttpClient("football-data");
        using var health = await http.GetAsync(new Uri("/health", UriKind.Relative), ct);
        var body = await health.Content.ReadAsStringAsync(ct);
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Contains("\"masstransit-bus\"", body, StringComparison.Ordinal);
        Assert.Contains("\"footballdata\"", body, StringComparison.Ordinal);
        Assert.Contains("\"cache\"", body, StringComparison.Ordinal);

        // Ratings finds Football Data by service discovery and starts on its own database.
        await app.ResourceNotifications.WaitForResourceHealthyAsync("ratings-service", ct).WaitAsync(StartTimeout, ct);

        await app.ResourceNotifications.WaitForResourceHealthyAsync("odds-warehouse", ct).WaitAsync(StartTimeout, ct);
        await app.ResourceNotifications.WaitForResourceHealthyAsync("odds-compiler", ct).WaitAsync(StartTimeout, ct);
        await app.ResourceNotifications.WaitForResourceHealthyAsync("odds-checker", ct).WaitAsync(StartTimeout, ct);
        await app.ResourceNotifications.WaitForResourceHealthyAsync("trader-service", ct).WaitAsync(StartTimeout, ct);

        // The Trader starts with its demo strategies ACTIVE, so a newcomer's platform trades by itself.
        using var trader = app.CreateHttpClient("trader-service");
        var strategies = await trader.GetStringAsync(new Uri("/api/strategies", UriKind.Relative), ct);
        Assert.Contains("\"demo-paper-home\"", strategies, StringComparison.Ordinal);
        Assert.Contains("\"demo-live-home\"", strategies, StringComparison.Ordinal);
        Assert.Contains("\"Active\"", strategies, StringComparison.Ordinal);

        // The gateway reaches the Trader by service discovery and serves the same strategies, to a key holder only.
        await app.ResourceNotifications.WaitForResourceHealthyAsync("gateway", ct).WaitAsync(StartTimeout, ct);
        using var gateway = app.CreateHttpClient("gateway");
        using var refused = await gateway.GetAsync(new Uri("/api/trader/strategies", UriKind.Relative), ct);
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        gateway.DefaultRequestHeaders.Add("X-Api-Key", GatewayUi.Key);
        Assert.Equal(strategies, await gateway.GetStringAsync(new Uri("/api/trader/strategies", UriKind.Relative), ct));

        // Football Data polls the simulated world on its schedules (no API call): its fixtures appear by themselves.
        await app.ResourceNotifications.WaitForResourceHealthyAsync("world-simulator", ct).WaitAsync(StartTimeout, ct);
        await Eventually.UntilAsync(
            async () => (await http.GetStringAsync(new Uri("/api/fixtures?competition=SIM&pageSize=1", UriKind.Relative), ct)).Contains("\"totalCount\":", StringComparison.Ordinal)
                && !(await http.GetStringAsync(new Uri("/api/fixtures?competition=SIM&pageSize=1", UriKind.Relative), ct)).Contains("\"totalCount\":0", StringComparison.Ordinal),
            TimeSpan.FromSeconds(120), "Football Data to ingest the simulator's fixtures", ct);

        // The upcoming-fixtures cache is filled under the test's prefix: the setting reached the service.
        await using var redis = await StackExchange.Redis.ConnectionMultiplexer.ConnectAsync(endpoints.Cache);
        await Eventually.UntilAsync(
            async () => await redis.GetDatabase().KeyExistsAsync(keyPrefix + "upcoming:fixtures"),
            TimeSpan.FromSeconds(60), "the upcoming fixtures under the test's own key prefix", ct);
    }
}
