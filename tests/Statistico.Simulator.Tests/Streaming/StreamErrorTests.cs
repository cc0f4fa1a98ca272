using Microsoft.Extensions.DependencyInjection;
using Statistico.Betfair;
using Statistico.Betfair.Streaming;
using Statistico.Testing;

namespace Statistico.Simulator.Tests.Streaming;

/// <summary>Each way of getting the stream wrong is answered with Betfair's status error, and the connection closed.</summary>
[Trait("Category", "Integration")]
public sealed class StreamErrorTests(TestInfrastructure infrastructure)
{
    [Fact]
    public async Task Bad_credentials_and_bad_subscriptions_get_their_error_codes_and_close_the_connection()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await infrastructure.CreateDatabaseAsync("simstreamerrors");
        await using var host = StreamHost.Start(database.ConnectionString, new Dictionary<string, string?> { ["Simulator:Stream:MaxMarketsPerSubscription"] = "2" });
        await using var services = host.Clients();
        var token = await services.GetRequiredService<BetfairSession>().GetTokenAsync(ct);
        var good = new StreamRequest { Op = StreamOps.Authentication, Id = 1, AppKey = "simulator-app-key", Session = token };

        Assert.Equal(StreamErrorCodes.NoAppKey, await FirstErrorAsync(host, ct, good with { AppKey = null }));
        Assert.Equal(StreamErrorCodes.InvalidAppKey, await FirstErrorAsync(host, ct, good with { AppKey = "someone-elses" }));
        Assert.Equal(StreamErrorCodes.NoSession, await FirstErrorAsync(host, ct, good with { Session = null }));
        Assert.Equal(StreamErrorCodes.InvalidSessionInformation, await FirstErrorAsync(host, ct, good with { Session = "not-a-session" }));
        Assert.Equal(StreamErrorCodes.NotAuthorized, await FirstErrorAsync(host, ct, new StreamRequest { Op = StreamOps.Heartbeat, Id = 2 }));
        Assert.Equal(StreamErrorCodes.InvalidRequest, await FirstErrorAsync(host, ct, good, new StreamRequest { Op = "subscribeEverything", Id = 2 }));
        Assert.Equal(StreamErrorCodes.InvalidInput, await FirstErrorAsync(host, ct, good,
            new StreamRequest { Op = StreamOps.MarketSubscription, Id = 2, MarketDataFilter = new StreamMarketDataFilter { Fields = ["EX_EVERYTHING"] } }));
        Assert.Equal(StreamErrorCodes.InvalidInput, await FirstErrorAsync(host, ct, good,
            new StreamRequest { Op = StreamOps.MarketSubscription, Id = 2, MarketDataFilter = new StreamMarketDataFilter { LadderLevels = 11 } }));
        Assert.Equal(StreamErrorCodes.InvalidClock, await FirstErrorAsync(host, ct, good,
            new StreamRequest { Op = StreamOps.MarketSubscription, Id = 2, Clk = "yesterday" }));
        // Six teams, three fixtures per matchday, three markets each: an unfiltered subscription covers more than 2.
        Assert.Equal(StreamErrorCodes.SubscriptionLimitExceeded, await FirstErrorAsync(host, ct, good,
            new StreamRequest { Op = StreamOps.MarketSubscription, Id = 2, MarketFilter = new StreamMarketFilter() }));
    }

    [Fact]
    public async Task Heartbeats_are_answered_and_a_silent_stream_is_replaced_by_the_client()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await infrastructure.CreateDatabaseAsync("simstreamidle");
        await using var host = StreamHost.Start(database.ConnectionString);
        await using var services = host.Clients(idleTimeout: TimeSpan.FromMilliseconds(300));
        var token = await services.GetRequiredService<BetfairSession>().GetTokenAsync(ct);
        await using (var raw = await StreamConnection.OpenAsync(host.StreamOptions, ct))
        {
            Assert.Equal(StreamOps.Connection, (await raw.ReadAsync(TimeSpan.FromSeconds(5), ct))!.Op);
            await raw.SendAsync(new StreamRequest { Op = StreamOps.Authentication, Id = 1, AppKey = "simulator-app-key", Session = token }, ct);
            var authenticated = (await raw.ReadAsync(TimeSpan.FromSeconds(5), ct))!;
            Assert.Equal(("SUCCESS", (int?)1), (authenticated.StatusCode, authenticated.Id));
            await raw.SendAsync(new StreamRequest { Op = StreamOps.Heartbeat, Id = 7 }, ct);
            var answer = (await raw.ReadAsync(TimeSpan.FromSeconds(5), ct))!;
            Assert.Equal(("SUCCESS", (int?)7, (bool?)false), (answer.StatusCode, answer.Id, answer.ConnectionClosed));
        }

        // With no subscription the server sends nothing; a client that hears nothing for its idle timeout reconnects.
        var stream = services.GetRequiredService<BetfairStreamClient>();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var running = stream.RunAsync(stop.Token);
        await Eventually.HoldsAsync(() => Task.FromResult(stream.Connections >= 3), "two reconnections after silence", ct);
        await stop.CancelAsync();
        await running;
    }

    /// <summary>Sends <paramref name="requests"/> on a new connection; the error code of the first FAILURE, after which the server closes.</summary>
    private static async Task<string?> FirstErrorAsync(StreamHost host, CancellationToken ct, params StreamRequest[] requests)
    {
        await using var connection = await StreamConnection.OpenAsync(host.StreamOptions, ct);
        Assert.Equal(StreamOps.Connection, (await connection.ReadAsync(TimeSpan.FromSeconds(5), ct))!.Op);
        foreach (var request in requests)
        {
            await connection.SendAsync(request, ct);
            var status = (await connection.ReadAsync(TimeSpan.FromSeconds(5), ct))!;
            Assert.Equal(StreamOps.Status, status.Op);
            Assert.Equal(request.Id, status.Id);
            if (status.StatusCode == "FAILURE")
            {
                Assert.True(status.ConnectionClosed);
                Assert.Null(await connection.ReadAsync(TimeSpan.FromSeconds(5), ct));
                return status.ErrorCode;
            }
        }

        return null;
    }
}
