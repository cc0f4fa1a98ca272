using System.Net.Http.Json;
using System.Text.Json;
using Statistico.OddsChecker.Tests.Support;
using Statistico.Testing;

namespace Statistico.OddsChecker.Tests;

/// <summary>
/// Market states against the real Simulator: it suspends a match's markets at kick-off (no in-play trading) and
/// closes them at full time, when they also leave its catalogue. Each state is published once; a closed market is
/// not polled again.
/// </summary>
[Trait("Category", "Integration")]
public sealed class MarketStateTests(TestInfrastructure infrastructure) : CheckedWorldTests(infrastructure)
{
    [Fact]
    public async Task A_market_is_published_once_suspended_at_kick_off_and_once_closed_at_full_time_then_no_longer_polled()
    {
        var market = (await World.MatchdayMarketsAsync(Ct))[0];
        var kickOff = market.Event!.OpenDate!.Value;
        await World.AnnounceAsync(market, Ct);
        var open = Assert.Single((await World.Probe.TakeAsync(1, TimeSpan.FromSeconds(30), Ct)).SelectMany(b => b.Message.GetProperty("markets").EnumerateArray()));
        // Open markets carry no status: consumers written before the field see what they always saw.
        Assert.False(open.TryGetProperty("status", out var none) && none.ValueKind != JsonValueKind.Null);

        await AdvanceAsync(kickOff.AddMinutes(1));
        var suspended = Assert.Single((await World.Probe.TakeAsync(1, TimeSpan.FromSeconds(30), Ct)).SelectMany(b => b.Message.GetProperty("markets").EnumerateArray()));
        Assert.Equal(market.MarketId, suspended.GetProperty("exchangeMarketId").GetString());
        Assert.Equal("SUSPENDED", suspended.GetProperty("status").GetString());
        Assert.True(suspended.GetProperty("inPlay").GetBoolean());
        await World.WaitForPollsAsync(2, Ct);
        Assert.Empty(await World.Probe.ArrivedAsync(Ct));

        // Full time (the Simulator's matches last 115 minutes): the market leaves the catalogue, closed.
        await AdvanceAsync(kickOff.AddMinutes(120));
        var closed = Assert.Single((await World.Probe.TakeAsync(1, TimeSpan.FromSeconds(30), Ct)).SelectMany(b => b.Message.GetProperty("markets").EnumerateArray()));
        Assert.Equal(market.MarketId, closed.GetProperty("exchangeMarketId").GetString());
        Assert.Equal("CLOSED", closed.GetProperty("status").GetString());
        Assert.Empty(closed.GetProperty("runners").EnumerateArray());

        await World.WaitForPollsAsync(3, Ct);
        Assert.Empty(await World.Probe.ArrivedAsync(Ct));
        Assert.Equal(0, World.Statistics.Last(CheckedWorld.Source)!.MarketsPolled);
    }

    private async Task AdvanceAsync(DateTimeOffset to)
    {
        using var control = World.Simulator.CreateClient();
        var answer = await control.PostAsJsonAsync("/control/advance", new { to }, Ct);
        Assert.True(answer.IsSuccessStatusCode, await answer.Content.ReadAsStringAsync(Ct));
    }
}
