using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Statistico.Betfair.Api;
using Statistico.Testing;

namespace Statistico.Betfair.Tests;

/// <summary>Faults configured on the Simulator (latency, error rate) and the client riding them out on reads.</summary>
[Trait("Category", "Integration")]
public sealed class FaultInjectionTests(TestInfrastructure infrastructure)
{
    [Fact]
    public async Task Configured_latency_and_errors_are_felt_and_reads_get_through_with_retries()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await infrastructure.CreateDatabaseAsync("betfairfaults");
        var settings = new Dictionary<string, string?>(SimulatedExchange.Settings)
        {
            ["Simulator:Faults:Latency"] = "00:00:00.020",
            ["Simulator:Faults:ErrorRate"] = "0.3",
        };
        await using var factory = new SimulatorFactory(database.ConnectionString, settings);
        await using var services = SimulatedExchange.ClientServices(factory, s => s["Betfair:RetryCount"] = "10");
        var client = services.GetRequiredService<IBetfairClient>();
        await client.GetAccountFundsAsync(ct);

        var watch = Stopwatch.StartNew();
        for (var i = 0; i < 10; i++)
        {
            Assert.NotEmpty(await client.ListEventsAsync(new MarketFilter(), ct));
        }

        Assert.True(watch.Elapsed >= TimeSpan.FromMilliseconds(200), $"10 calls with 20 ms latency took {watch.Elapsed}");

        // Without retries the injected errors show through as Betfair's SERVICE_BUSY.
        await using var impatient = SimulatedExchange.ClientServices(factory, s => s["Betfair:RetryCount"] = "0");
        var noRetries = impatient.GetRequiredService<IBetfairClient>();
        var busy = 0;
        for (var i = 0; i < 30; i++)
        {
            try
            {
                await noRetries.ListEventsAsync(new MarketFilter(), ct);
            }
            catch (BetfairThrottledException exception) when (exception.ErrorCode == ApingErrorCodes.ServiceBusy)
            {
                busy++;
            }
        }

        Assert.InRange(busy, 1, 29);
    }
}
