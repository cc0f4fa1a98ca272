using Statistico.Testing;

namespace Statistico.FootballData.Tests;

/// <summary>
/// The broker goes away while the service runs: /health must say so, and the service must recover by itself when
/// the broker is back. The outage is a cut TCP proxy in front of the real RabbitMQ, so other tests are not hit.
/// </summary>
[Trait("Category", "Integration")]
public sealed class BrokerOutageTests(TestInfrastructure infrastructure)
{
    [Fact]
    public async Task Losing_rabbitmq_turns_health_unhealthy_and_the_service_recovers_without_a_restart()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await infrastructure.CreateDatabaseAsync("outage");
        await using var virtualHost = await infrastructure.CreateVirtualHostAsync("outage");
        await using var proxy = new TcpProxy(virtualHost.BrokerUri.Host, virtualHost.BrokerUri.Port);
        await using var factory = new FootballDataFactory(
            database.ConnectionString, virtualHost.BrokerUriThrough(proxy.Port), infrastructure.Endpoints.Cache, infrastructure.CreateKeyPrefix("outage"));
        using var client = factory.CreateClient();
        async Task<string> BusStatus() =>
            (await HealthReport.ReadAsync(client, ct)).GetProperty("checks").GetProperty("masstransit-bus").GetProperty("status").GetString()!;

        await Eventually.GetAsync(BusStatus, s => s == "Healthy", TimeSpan.FromSeconds(30), "the bus to connect", TestContext.Current.CancellationToken);

        proxy.Cut();
        await Eventually.GetAsync(BusStatus, s => s != "Healthy", TimeSpan.FromSeconds(60), "the bus to notice the outage", TestContext.Current.CancellationToken);
        var during = await client.GetAsync("/health", ct);
        Assert.Equal(System.Net.HttpStatusCode.ServiceUnavailable, during.StatusCode);

        proxy.Restore();
        await Eventually.GetAsync(BusStatus, s => s == "Healthy", TimeSpan.FromSeconds(90), "the bus to reconnect", TestContext.Current.CancellationToken);
        Assert.Equal(System.Net.HttpStatusCode.OK, (await client.GetAsync("/health", ct)).StatusCode);
    }
}
