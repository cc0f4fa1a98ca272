using System.Text.Json;
using Statistico.Cli.Tests.Support;
using Statistico.Testing;

namespace Statistico.Cli.Tests.Status;

/// <summary>
/// <c>statistico status</c> reading the real Trader (hosted in-process on a real, isolated database and virtual host)
/// beside fake services: the summary the service writes is the one the command reads.
/// </summary>
[Trait("Category", "Integration")]
public sealed class StatusWithRealTraderTests(TestInfrastructure infrastructure) : IClassFixture<TestInfrastructure>
{
    [Fact]
    public async Task The_Traders_own_summary_and_health_reach_the_json()
    {
        await using var database = await infrastructure.CreateDatabaseAsync("cli-status");
        await using var virtualHost = await infrastructure.CreateVirtualHostAsync("cli-status");
        await using var trader = new TraderFactory(database.ConnectionString, virtualHost.BrokerUri);
        trader.StartServer();
        // Its bus connects after the host starts: /health says 503 until then, which the command would rightly report.
        using var direct = trader.CreateClient();
        await Eventually.UntilAsync(
            async () =>
            {
                using var health = await direct.GetAsync(new Uri("/health", UriKind.Relative), TestContext.Current.CancellationToken);
                return health.IsSuccessStatusCode;
            },
            TimeSpan.FromSeconds(60), "the Trader to become healthy", TestContext.Current.CancellationToken);
        await using var platform = await FakePlatform.StartAsync();
        const string traderUrl = "http://trader.test/";

        var (exitCode, output) = await CliRunner.RunAsync(
            uri => uri.Host == "trader.test" ? trader.CreateClientFor(uri) : new HttpClient { BaseAddress = uri },
            platform.Args("--json", "--once", "--trader", traderUrl));

        Assert.True(exitCode == 0, output);
        using var json = JsonDocument.Parse(output);
        var status = json.RootElement.GetProperty("services").EnumerateArray().Single(s => s.GetProperty("name").GetString() == "trader-service");
        Assert.Equal(traderUrl, status.GetProperty("url").GetString());
        Assert.Equal("healthy", status.GetProperty("health").GetString());
        var lines = status.GetProperty("lines").EnumerateArray().ToDictionary(l => l.GetProperty("name").GetString()!);
        Assert.Equal(0, lines["strategies active"].GetProperty("count").GetInt64());
        Assert.Equal(0, lines["trades"].GetProperty("count").GetInt64());
        Assert.Equal(0m, lines["net P&L"].GetProperty("amount").GetDecimal());
    }
}
