using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Statistico.Betfair.Api;
using Statistico.Simulator.Data;
using Statistico.Testing;

namespace Statistico.Simulator.Tests.ThirdPartyClient;

/// <summary>
/// Issue 19: a mainstream open-source Betfair client, unchanged, against the real Simulator on a real port. The
/// client is betfair-node from npm (package-lock.json pins it and its axios), run by node as a user would run it;
/// it logs in, reads football's event types, competitions, catalogue and a book, places, lists and cancels a back
/// order. Any answer of the Simulator's the library cannot read fails the session and so this test.
/// </summary>
[Trait("Category", "Integration")]
public sealed class ThirdPartyClientTests(TestInfrastructure infrastructure)
{
    private static readonly string ClientDirectory = Path.Combine(RepositoryRoot.Path, "tests", "Statistico.Simulator.Tests", "ThirdPartyClient");

    [Fact]
    public async Task Betfair_node_logs_in_reads_markets_and_places_lists_and_cancels_an_order()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await infrastructure.CreateDatabaseAsync("simnpm");
        await using var simulator = new SimulatorFactory(database.ConnectionString, new Dictionary<string, string?>
        {
            ["Simulator:Seed"] = "7",
            ["Simulator:StartPaused"] = "true",
            ["Simulator:Synthetic:Seasons"] = "1",
            ["Simulator:Synthetic:Leagues:0:Teams"] = "6",
            ["Simulator:Stream:Enabled"] = "false",
        });
        var port = FreePort();
        simulator.UseKestrel(port);
        simulator.StartServer();
        var caPath = Path.Combine(Path.GetTempPath(), $"statistico-npm-ca-{Guid.NewGuid():N}.pem");
        try
        {
            await using var proxy = new BetfairHostsProxy(port, caPath);

            var summary = await RunSessionAsync(proxy.Address, caPath, ct);
            TestContext.Current.TestOutputHelper?.WriteLine(summary.ToString());

            Assert.True(summary.GetProperty("login").GetProperty("sessionToken").GetBoolean());
            Assert.Contains(summary.GetProperty("eventTypes").EnumerateArray(), e => e.GetProperty("name").GetString() == "Soccer");
            Assert.NotEmpty(summary.GetProperty("competitions").EnumerateArray());
            Assert.Equal(0, summary.GetProperty("venues").GetInt32()); // football has none, as on Betfair
            var market = summary.GetProperty("markets").EnumerateArray().First();
            Assert.Equal(3, market.GetProperty("runners").GetArrayLength());
            Assert.Equal("OPEN", summary.GetProperty("book").GetProperty("status").GetString());
            Assert.Equal(JsonValueKind.Object, summary.GetProperty("book").GetProperty("bestBack").ValueKind);
            var placed = summary.GetProperty("placed");
            Assert.Equal("SUCCESS", placed.GetProperty("status").GetString());
            Assert.Equal("EXECUTABLE", placed.GetProperty("orderStatus").GetString());
            Assert.True(placed.GetProperty("validBetId").GetBoolean());
            var betId = placed.GetProperty("betId").GetString()!;
            var current = Assert.Single(summary.GetProperty("current").EnumerateArray());
            Assert.Equal(betId, current.GetProperty("betId").GetString());
            Assert.Equal("EXECUTABLE", current.GetProperty("status").GetString());
            Assert.Equal("SUCCESS", summary.GetProperty("cancelled").GetProperty("status").GetString());
            Assert.Equal(2m, summary.GetProperty("cancelled").GetProperty("sizeCancelled").GetDecimal());
            // The session went through the proxy to Betfair's own names, and nowhere else.
            Assert.Contains("api.betfair.com", proxy.Requested);
            Assert.All(proxy.Requested, host => Assert.Contains("betfair.com", host, StringComparison.Ordinal));

            // The Simulator's own record agrees: one order, the one the client saw, cancelled whole, nothing matched.
            using var scope = simulator.Services.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<SimulatorDbContext>();
            var order = Assert.Single(await db.Orders.AsNoTracking().ToListAsync(ct));
            Assert.Equal(long.Parse(betId, System.Globalization.CultureInfo.InvariantCulture), order.BetId);
            Assert.Equal(market.GetProperty("marketId").GetString(), order.MarketId);
            Assert.Equal(OrderStatus.ExecutionComplete, order.Status);
            Assert.Equal(2m, order.SizeCancelled);
            Assert.Equal(0m, order.SizeMatched);
        }
        finally
        {
            File.Delete(caPath);
        }
    }

    private static async Task<JsonElement> RunSessionAsync(Uri proxy, string caPath, CancellationToken ct)
    {
        await EnsureInstalledAsync(ct);
        var start = new ProcessStartInfo("node", ["session.mjs"])
        {
            WorkingDirectory = ClientDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        // Only where Betfair's hosts lead changes: the proxy, and trust in the certificate it answers with.
        start.Environment["HTTPS_PROXY"] = start.Environment["https_proxy"] = proxy.ToString();
        start.Environment.Remove("NO_PROXY");
        start.Environment.Remove("no_proxy");
        start.Environment["NODE_EXTRA_CA_CERTS"] = caPath;
        start.Environment["BETFAIR_APP_KEY"] = "simulator-app-key";
        start.Environment["BETFAIR_USERNAME"] = "statistico";
        start.Environment["BETFAIR_PASSWORD"] = "simulator";
        var (exitCode, output, error) = await RunAsync(start, ct);
        Assert.True(exitCode == 0, $"the session failed ({exitCode}): {error}{output}");
        return JsonDocument.Parse(output.Trim().Split('\n')[^1]).RootElement.Clone();
    }

    private static async Task<(int ExitCode, string Output, string Error)> RunAsync(ProcessStartInfo start, CancellationToken ct)
    {
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(ct);
        var error = process.StandardError.ReadToEndAsync(ct);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(TimeSpan.FromMinutes(2));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        return (process.ExitCode, await output, await error);
    }

    /// <summary>scripts/prerequisites.sh installs the client; a checkout that skipped it installs here, from the lock.</summary>
    private static async Task EnsureInstalledAsync(CancellationToken ct)
    {
        if (!Directory.Exists(Path.Combine(ClientDirectory, "node_modules", "betfair-node")))
        {
            var (exitCode, output, error) = await RunAsync(new ProcessStartInfo("npm", ["ci", "--no-audit", "--no-fund", "--loglevel=error"])
            {
                WorkingDirectory = ClientDirectory, RedirectStandardOutput = true, RedirectStandardError = true,
            }, ct);
            Assert.True(exitCode == 0, error + output);
        }
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }
}
