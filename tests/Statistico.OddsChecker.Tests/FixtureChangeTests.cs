using System.Net.Http.Json;
using System.Text.Json;
using Statistico.Contracts.FootballData;
using Statistico.OddsChecker.Tests.Support;
using Statistico.Testing;

namespace Statistico.OddsChecker.Tests;

/// <summary>
/// Football Data's <see cref="FixtureUpdated"/> against the real Simulator, broker and database: a postponed fixture
/// is not polled, a rescheduled one is polled again at its new kick-off (and never through an event of the old date),
/// and revisions order the changes (older ignored, 0 applied as "no revision").
/// </summary>
[Trait("Category", "Integration")]
public sealed class FixtureChangeTests(TestInfrastructure infrastructure) : CheckedWorldTests(infrastructure)
{
    [Fact]
    public async Task A_postponed_fixture_is_not_polled_until_it_has_a_new_kick_off_and_an_older_revision_changes_nothing()
    {
        var market = (await World.MatchdayMarketsAsync(Ct))[0];
        var kickOff = market.Event!.OpenDate!.Value;
        var fixtureId = await World.AnnounceAsync(market, Ct);
        Assert.Single(await World.Probe.TakeAsync(1, TimeSpan.FromSeconds(30), Ct));

        await World.WaitForConsumedAsync(
            await World.UpdateAsync(new FixtureUpdated(fixtureId, FixtureStatus.Postponed, kickOff, DateTimeOffset.UtcNow) { Revision = 2, PreviousStatus = FixtureStatus.Scheduled }, Ct), Ct);
        // The same revision again (a stale producer, a replay) must not bring the fixture back.
        await World.WaitForConsumedAsync(
            await World.UpdateAsync(new FixtureUpdated(fixtureId, FixtureStatus.Scheduled, kickOff, DateTimeOffset.UtcNow) { Revision = 2 }, Ct), Ct);
        Assert.Equal(nameof(FixtureStatus.Postponed), (await World.FixtureAsync(fixtureId, Ct))!.Status);

        var taken = await World.MovePriceAsync(market, Ct);
        await World.WaitForPollsAsync(3, Ct);
        Assert.Empty(await World.Probe.ArrivedAsync(Ct));
        Assert.Equal(0, World.Statistics.Last(CheckedWorld.Source)!.MarketsPolled);

        // Rescheduled a quarter of an hour later (the exchange keeps its event, within the matching tolerance).
        await World.UpdateAsync(new FixtureUpdated(fixtureId, FixtureStatus.Scheduled, kickOff.AddMinutes(15), DateTimeOffset.UtcNow)
        {
            Revision = 3, PreviousStatus = FixtureStatus.Postponed, PreviousKickOff = kickOff,
        }, Ct);
        var resumed = Assert.Single((await World.Probe.TakeAsync(1, TimeSpan.FromSeconds(30), Ct)).SelectMany(b => b.Message.GetProperty("markets").EnumerateArray()));
        Assert.Equal(fixtureId, resumed.GetProperty("fixtureId").GetGuid());
        Assert.Equal(market.MarketId, resumed.GetProperty("exchangeMarketId").GetString());
        var runner = resumed.GetProperty("runners").EnumerateArray().Single(r => r.GetProperty("runnerId").GetInt64() == market.Runners![0].SelectionId);
        Assert.True(runner.GetProperty("back")[0].GetProperty("price").AsDecimal() < taken, "the move made while postponed is published on resuming");
        Assert.Equal(kickOff.AddMinutes(15), (await World.FixtureAsync(fixtureId, Ct))!.KickOff);
    }

    [Fact]
    public async Task A_fixture_moved_to_another_day_stops_being_priced_by_the_event_of_its_old_date()
    {
        var market = (await World.MatchdayMarketsAsync(Ct))[0];
        var kickOff = market.Event!.OpenDate!.Value;
        var fixtureId = await World.AnnounceAsync(market, Ct);
        Assert.Single(await World.Probe.TakeAsync(1, TimeSpan.FromSeconds(30), Ct));

        // Twelve hours later is still inside the one-day window, but the exchange's event is at the old time.
        await World.WaitForConsumedAsync(
            await World.UpdateAsync(new FixtureUpdated(fixtureId, FixtureStatus.Scheduled, kickOff.AddHours(12), DateTimeOffset.UtcNow) { Revision = 2, PreviousKickOff = kickOff }, Ct), Ct);
        await World.MovePriceAsync(market, Ct);
        await World.WaitForPollsAsync(3, Ct);

        Assert.Empty(await World.Probe.ArrivedAsync(Ct));
        // The other events of the matchday were never announced; this one was, until its fixture moved away from it.
        var unmatched = (await World.CheckerApi.GetFromJsonAsync<List<JsonElement>>("/api/unmatched?source=betfair", Ct))!;
        Assert.Contains(market.Event.Id, unmatched.Select(u => u.GetProperty("eventId").GetString()));
    }

    [Fact]
    public async Task An_update_that_overtakes_its_announcement_is_kept_and_revision_0_is_applied()
    {
        var market = (await World.MatchdayMarketsAsync(Ct))[0];
        var kickOff = market.Event!.OpenDate!.Value;
        var teams = market.Event.Name.Split(" v ");
        var fixtureId = Guid.NewGuid();

        // Football Data commits both for a fixture announced postponed; here the update is consumed first.
        await World.WaitForConsumedAsync(
            await World.UpdateAsync(new FixtureUpdated(fixtureId, FixtureStatus.Postponed, kickOff, DateTimeOffset.UtcNow) { Revision = 2 }, Ct), Ct);
        var announcement = Guid.NewGuid();
        await World.Probe.PublishAsync(new FixtureScheduled(fixtureId, "SIM", "2030/2031", teams[0], teams[1], kickOff, DateTimeOffset.UtcNow), announcement, Ct);
        await World.WaitForConsumedAsync(announcement, Ct);
        var stored = (await World.FixtureAsync(fixtureId, Ct))!;
        Assert.Equal((nameof(FixtureStatus.Postponed), teams[0], teams[1], 2), (stored.Status, stored.HomeTeam, stored.AwayTeam, stored.Revision));

        await World.WaitForPollsAsync(3, Ct);
        Assert.Empty(await World.Probe.ArrivedAsync(Ct));

        // Revision 0 is a producer without revisions: applied as the latest word, the stored revision kept.
        await World.UpdateAsync(new FixtureUpdated(fixtureId, FixtureStatus.Scheduled, kickOff, DateTimeOffset.UtcNow), Ct);
        var published = Assert.Single((await World.Probe.TakeAsync(1, TimeSpan.FromSeconds(30), Ct)).SelectMany(b => b.Message.GetProperty("markets").EnumerateArray()));
        Assert.Equal(fixtureId, published.GetProperty("fixtureId").GetGuid());
        Assert.Equal(2, (await World.FixtureAsync(fixtureId, Ct))!.Revision);
    }
}
