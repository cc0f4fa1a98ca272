using System.Text.Json;
using Statistico.Cli.Tests.Support;
using Statistico.Testing;

namespace Statistico.Cli.Tests.KillSwitch;

/// <summary>
/// <c>statistico kill-switch</c> against the real Trader hosted in-process on a real, isolated Postgres database and
/// RabbitMQ virtual host: what the command sets is what the Trader's own API then says, and it is stored (a new Trader
/// on the same database still has it).
/// </summary>
[Trait("Category", "Integration")]
public sealed class KillSwitchCommandTests(TestInfrastructure infrastructure) : IClassFixture<TestInfrastructure>, IAsyncLifetime
{
    // The CLI's HTTP clients go to the in-process host whatever the URL, so this only has to be a URL.
    private const string TraderUrl = "http://trader.test/";
    private readonly List<IAsyncDisposable> owned = [];
    private IsolatedDatabase database = null!;
    private IsolatedVirtualHost virtualHost = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        database = await infrastructure.CreateDatabaseAsync("cli-kill-switch");
        owned.Add(database);
        virtualHost = await infrastructure.CreateVirtualHostAsync("cli-kill-switch");
        owned.Add(virtualHost);
    }

    public async ValueTask DisposeAsync()
    {
        for (var i = owned.Count - 1; i >= 0; i--)
        {
            await owned[i].DisposeAsync();
        }
    }

    [Fact]
    public async Task On_shows_ON_with_the_reason_and_the_Trader_keeps_it_across_a_restart()
    {
        var first = StartTrader();

        var (exitCode, output) = await KillSwitchAsync(first, "on", "--reason", "exchange outage");

        Assert.Equal(0, exitCode);
        Assert.Contains("Kill switch engaged", output, StringComparison.Ordinal);
        var (statusExit, status) = await KillSwitchAsync(first, "status");
        Assert.Equal(0, statusExit);
        Assert.Contains("Kill switch: ON", status, StringComparison.Ordinal);
        Assert.Contains("Reason:      exchange outage", status, StringComparison.Ordinal);
        Assert.Matches(@"Since:       \d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} UTC", status);
        Assert.Equal((true, "exchange outage"), await TradersOwnAnswerAsync(first));

        await first.DisposeAsync();
        var second = StartTrader();
        var (restartedExit, restarted) = await KillSwitchAsync(second, "status");

        Assert.Equal(0, restartedExit);
        Assert.Contains("Kill switch: ON", restarted, StringComparison.Ordinal);
        Assert.Contains("Reason:      exchange outage", restarted, StringComparison.Ordinal);
        Assert.Equal((true, "exchange outage"), await TradersOwnAnswerAsync(second));
    }

    [Fact]
    public async Task Off_releases_it_and_status_shows_OFF()
    {
        var trader = StartTrader();
        var (neverExit, never) = await KillSwitchAsync(trader, "status");
        Assert.Equal(0, neverExit);
        Assert.Contains("Kill switch: OFF", never, StringComparison.Ordinal);
        Assert.Contains("Since:       never set", never, StringComparison.Ordinal);
        Assert.Equal(0, (await KillSwitchAsync(trader, "on", "--reason", "exchange outage")).ExitCode);

        var (exitCode, output) = await KillSwitchAsync(trader, "off", "--reason", "exchange back");

        Assert.Equal(0, exitCode);
        Assert.Contains("Kill switch released", output, StringComparison.Ordinal);
        var (statusExit, status) = await KillSwitchAsync(trader, "status");
        Assert.Equal(0, statusExit);
        Assert.Contains("Kill switch: OFF", status, StringComparison.Ordinal);
        Assert.Contains("Reason:      exchange back", status, StringComparison.Ordinal);
        Assert.Equal((false, "exchange back"), await TradersOwnAnswerAsync(trader));
    }

    [Fact]
    public async Task A_request_the_Trader_refuses_shows_its_problem_details_and_changes_nothing()
    {
        var trader = StartTrader();

        var (exitCode, output) = await KillSwitchAsync(trader, "on", "--reason", new string('x', 401));

        Assert.Equal(1, exitCode);
        Assert.Contains($"the Trader at {TraderUrl} answered 400: One or more validation errors occurred.", output, StringComparison.Ordinal);
        Assert.Contains("reason: At most 400 characters.", output, StringComparison.Ordinal);
        Assert.Contains("The kill switch was not changed.", output, StringComparison.Ordinal);
        Assert.Equal((false, null), await TradersOwnAnswerAsync(trader));
    }

    private TraderFactory StartTrader()
    {
        var trader = new TraderFactory(database.ConnectionString, virtualHost.BrokerUri);
        owned.Add(trader);
        trader.StartServer(); // a Trader that cannot start fails here, not as the CLI's error
        return trader;
    }

    private static Task<(int ExitCode, string Output)> KillSwitchAsync(TraderFactory trader, params string[] args) =>
        CliRunner.RunAsync(trader.CreateClientFor, ["kill-switch", .. args, "--trader", TraderUrl]);

    /// <summary>The Trader's GET /api/kill-switch, read without the CLI.</summary>
    private static async Task<(bool Engaged, string? Reason)> TradersOwnAnswerAsync(TraderFactory trader)
    {
        using var http = trader.CreateClient();
        using var state = JsonDocument.Parse(await http.GetStringAsync(new Uri("/api/kill-switch", UriKind.Relative), Ct));
        return (state.RootElement.GetProperty("engaged").GetBoolean(), state.RootElement.GetProperty("reason").GetString());
    }
}
