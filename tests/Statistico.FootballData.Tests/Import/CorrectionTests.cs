using System.Net.Http.Json;
using System.Text;
using Statistico.Contracts.FootballData;
using Statistico.FootballData.Client;
using Statistico.FootballData.Fixtures;
using Statistico.Testing;

namespace Statistico.FootballData.Tests.Import;

/// <summary>
/// The contract of the fixture events on the real broker: each change is published exactly once, with a growing
/// revision; a re-import publishes nothing; a corrected score updates the row, the cache and tells everyone again.
/// </summary>
[Trait("Category", "Integration")]
public sealed class CorrectionTests(TestInfrastructure infrastructure)
{
    private const string Header = "Div,Date,Time,HomeTeam,AwayTeam,FTHG,FTAG,FTR,HTHG,HTAG,HTR,HS,AS,HST,AST";

    [Fact]
    public async Task Each_change_is_published_exactly_once_and_a_correction_carries_a_higher_revision()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var host = await FootballDataHost.StartAsync(infrastructure, "fdcorrect");
        await using var probe = await EventProbe.BindAsync(host.VirtualHost.BrokerUri, ct);
        var client = new FootballDataClient(host.Client);

        var first = await UploadAsync(client,
            "E0,10/08/2030,15:00,Arsenal,Chelsea,2,1,H,1,0,H,10,8,5,3",
            "E0,10/08/2030,17:30,Leeds,Everton,0,0,D,0,0,D,7,9,2,2",
            "E0,17/08/2030,15:00,Chelsea,Leeds,,,,,,,,,,");
        Assert.Equal((3, 3, 0), (first.Rows, first.Inserted, first.Updated));
        // The two played on arrival are announced together, as history; the one still to play is scheduled.
        var created = await probe.TakeAsync(2, TimeSpan.FromSeconds(60), ct);
        Assert.Equal(["FixtureScheduled", "PlayedFixturesRecorded"], created.Select(e => e.Type).Order());
        var history = created.Single(e => e.Type == "PlayedFixturesRecorded").Message.GetProperty("results").EnumerateArray().ToList();
        Assert.Equal(["Arsenal", "Leeds"], history.Select(r => r.GetProperty("homeTeam").GetString()).Order());
        Assert.All(history, r => Assert.Equal((1, false), (r.GetProperty("revision").GetInt32(), r.GetProperty("isCorrection").GetBoolean())));
        Assert.Equal(1, created.Single(e => e.Type == "FixtureScheduled").Message.GetProperty("revision").GetInt32());

        var again = await UploadAsync(client,
            "E0,10/08/2030,15:00,Arsenal,Chelsea,2,1,H,1,0,H,10,8,5,3",
            "E0,10/08/2030,17:30,Leeds,Everton,0,0,D,0,0,D,7,9,2,2",
            "E0,17/08/2030,15:00,Chelsea,Leeds,,,,,,,,,,");
        Assert.Equal((0, 0, 3), (again.Inserted, again.Updated, again.Unchanged));

        var leeds = (await client.GetFixturesAsync(new FixtureQuery { Team = "Leeds", Status = FixtureStatus.Finished }, ct)).Items.Single();
        Assert.Equal(0, (await client.GetFixtureAsync(leeds.Id, ct))!.Result!.HomeGoals); // now cached

        var corrected = await UploadAsync(client,
            "E0,10/08/2030,15:00,Arsenal,Chelsea,2,1,H,1,0,H,10,8,5,3",
            "E0,10/08/2030,17:30,Leeds,Everton,1,0,H,0,0,D,7,9,2,2",
            "E0,17/08/2030,19:45,Chelsea,Leeds,,,,,,,,,,");
        Assert.Equal((0, 2, 1), (corrected.Inserted, corrected.Updated, corrected.Unchanged));
        var changes = await probe.TakeAsync(2, TimeSpan.FromSeconds(60), ct);
        Assert.Equal(2, changes.Count); // the creations were not sent again, nor the re-import's nothing

        var correction = Assert.Single(changes, e => e.Type == "FixtureResulted").Message;
        Assert.Equal(leeds.Id, correction.GetProperty("fixtureId").GetGuid());
        Assert.Equal((1, 0, 2, true), (correction.GetProperty("homeGoals").GetInt32(), correction.GetProperty("awayGoals").GetInt32(),
            correction.GetProperty("revision").GetInt32(), correction.GetProperty("isCorrection").GetBoolean()));
        var moved = Assert.Single(changes, e => e.Type == "FixtureUpdated").Message;
        Assert.Equal(2, moved.GetProperty("revision").GetInt32());
        Assert.Equal(new DateTimeOffset(2030, 8, 17, 14, 0, 0, TimeSpan.Zero), moved.GetProperty("previousKickOff").GetDateTimeOffset());
        Assert.Equal(new DateTimeOffset(2030, 8, 17, 18, 45, 0, TimeSpan.Zero), moved.GetProperty("kickOff").GetDateTimeOffset());

        var served = await client.GetFixtureAsync(leeds.Id, ct);
        Assert.Equal((1, 2), (served!.Result!.HomeGoals, served.Revision)); // the cached copy was invalidated

        var upcoming = await Eventually.GetAsync(
            () => host.Client.GetFromJsonAsync<List<UpcomingFixture>>("/api/fixtures/upcoming", ct)!,
            list => list!.Any(f => f.KickOff == new DateTimeOffset(2030, 8, 17, 18, 45, 0, TimeSpan.Zero)), TimeSpan.FromSeconds(30), "the moved fixture in the upcoming list", ct);
        Assert.Equal("Chelsea", Assert.Single(upcoming!).HomeTeam);

        var played = await UploadAsync(client, "E0,17/08/2030,19:45,Chelsea,Leeds,3,3,D,1,2,A,12,11,6,5");
        Assert.Equal(1, played.Updated);
        var result = Assert.Single(await probe.TakeAsync(1, TimeSpan.FromSeconds(60), ct));
        Assert.Equal("FixtureResulted", result.Type);
        Assert.Equal((3, false), (result.Message.GetProperty("revision").GetInt32(), result.Message.GetProperty("isCorrection").GetBoolean()));
        Assert.Empty((await host.Client.GetFromJsonAsync<List<UpcomingFixture>>("/api/fixtures/upcoming", ct))!); // played: no longer upcoming
    }

    private static async Task<ImportReport> UploadAsync(FootballDataClient client, params string[] rows)
    {
        using var body = new MemoryStream(Encoding.UTF8.GetBytes(string.Join('\n', [Header, .. rows])));
        return await client.ImportFootballDataCoUkAsync("E0/2030-31.csv", body, TestContext.Current.CancellationToken);
    }
}
