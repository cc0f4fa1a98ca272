using System.Net;
using System.Net.Http.Json;
using Statistico.Contracts.FootballData;
using Statistico.Ratings.Apis;
using Statistico.Ratings.Data;
using Statistico.Testing;

namespace Statistico.Ratings.Tests;

/// <summary>The Ratings service on the real broker and database, fed a real season of results as Football Data publishes them.</summary>
[Trait("Category", "Integration")]
public sealed class RatingsServiceTests(TestInfrastructure infrastructure) : IAsyncLifetime
{
    private const string RatingsUpdated = "Statistico.Contracts.Ratings:TeamRatingsUpdated";
    private IsolatedDatabase? database;
    private IsolatedVirtualHost? virtualHost;
    private RatingsFactory? factory;
    private EventProbe? probe;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private HttpClient Client { get; set; } = null!;

    public async ValueTask InitializeAsync()
    {
        database = await infrastructure.CreateDatabaseAsync("ratings");
        virtualHost = await infrastructure.CreateVirtualHostAsync("ratings");
        probe = await EventProbe.BindAsync(virtualHost.BrokerUri, [RatingsUpdated], Ct);
        factory = new RatingsFactory(database.ConnectionString, virtualHost.BrokerUri);
        Client = factory.CreateClient();
        await Eventually.UntilAsync(async () => (await Client.GetAsync("/health", Ct)).IsSuccessStatusCode, TimeSpan.FromSeconds(60), "Ratings to be healthy", Ct);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        if (factory is not null)
        {
            await factory.DisposeAsync();
        }

        if (probe is not null)
        {
            await probe.DisposeAsync();
        }

        if (virtualHost is not null)
        {
            await virtualHost.DisposeAsync();
        }

        if (database is not null)
        {
            await database.DisposeAsync();
        }
    }

    [Fact]
    public async Task A_season_arriving_in_any_order_is_rated_as_the_library_rates_it_in_kick_off_order()
    {
        var season = SeasonResults.Read();
        var random = new Random(TestSeed.Fresh()); // the arrival order: logged, replayed with STATISTICO_TEST_SEED
        foreach (var result in season.OrderBy(_ => random.Next()))
        {
            await probe!.PublishAsync(result, Guid.NewGuid(), Ct);
        }

        await WaitUntilRatedAsync(380);

        var table = (await Client.GetFromJsonAsync<List<TeamRatingDto>>("/api/ratings/E0", Ct))!;
        AssertRatings(SeasonResults.Expected(season), table);
        var events = await probe!.TakeAsync(380, TimeSpan.FromSeconds(60), Ct);
        Assert.Equal(380, events.Select(e => e.Message.GetProperty("fixtureId").GetGuid()).Distinct().Count());
        // Whatever was published on the way, each fixture's latest event carries its final ratings.
        var last = events.GroupBy(e => e.Message.GetProperty("fixtureId").GetGuid()).Select(g => g.Last().Message).ToList();
        var final = last.OrderBy(m => m.GetProperty("occurredAt").GetDateTimeOffset()).Last();
        Assert.Contains(table, t => t.Team == final.GetProperty("home").GetProperty("team").GetString());
    }

    [Fact]
    public async Task A_redelivered_result_changes_nothing_and_a_corrected_score_recomputes_from_that_fixture_on()
    {
        var season = SeasonResults.Read();
        var ids = season.ToDictionary(r => r.FixtureId, _ => Guid.NewGuid());
        foreach (var result in season)
        {
            await probe!.PublishAsync(result, ids[result.FixtureId], Ct);
        }

        await WaitUntilRatedAsync(380);
        await probe!.TakeAsync(380, TimeSpan.FromSeconds(60), Ct);
        var before = await Client.GetFromJsonAsync<CompetitionStatusDto>("/api/ratings/E0/status", Ct);

        var early = season.OrderBy(r => r.KickOff).ElementAt(5);
        var replay = Guid.NewGuid();
        await probe.PublishAsync(early, ids[early.FixtureId], Ct);   // a redelivery (same message id)
        await probe.PublishAsync(early, replay, Ct);                 // a replay (same result, new message id)
        // Evidence before absence: the redelivery was counted on the first copy's inbox row, the replay was consumed
        // under its own id, and everything the service stored to publish has gone out.
        await InboxEvidence.ConsumedAsync(database!.ConnectionString, ids[early.FixtureId], receives: 2, TimeSpan.FromSeconds(60), Ct);
        await InboxEvidence.ConsumedAsync(database.ConnectionString, replay, receives: 1, TimeSpan.FromSeconds(60), Ct);
        await InboxEvidence.OutboxDrainedAsync(database.ConnectionString, TimeSpan.FromSeconds(60), Ct);
        Assert.Empty(await probe.ArrivedAsync(Ct));
        Assert.Equal(before, await Client.GetFromJsonAsync<CompetitionStatusDto>("/api/ratings/E0/status", Ct));

        var corrected = early with { HomeGoals = early.HomeGoals + 3, IsCorrection = true, Revision = 2 };
        await probe.PublishAsync(corrected, Guid.NewGuid(), Ct);
        var recomputed = await Eventually.GetAsync(
            () => Client.GetFromJsonAsync<CompetitionStatusDto>("/api/ratings/E0/status", Ct)!,
            s => s!.RecomputedAt > before!.RecomputedAt && s.DirtyFrom is null, TimeSpan.FromSeconds(30), "the correction to be recomputed", Ct);
        Assert.Equal(380, recomputed!.RatedFixtures);

        var table = (await Client.GetFromJsonAsync<List<TeamRatingDto>>("/api/ratings/E0", Ct))!;
        AssertRatings(SeasonResults.Expected(season.Select(r => r.FixtureId == early.FixtureId ? corrected : r)), table);
        var republished = await probe.TakeAsync(1, TimeSpan.FromSeconds(30), Ct);
        Assert.Contains(republished, e => e.Message.GetProperty("fixtureId").GetGuid() == early.FixtureId);
        Assert.DoesNotContain(republished, e => e.Message.GetProperty("fixtureId").GetGuid() is var id
            && season.Single(r => r.FixtureId == id).KickOff < early.KickOff); // nothing before the correction moved
    }

    [Fact]
    public async Task A_redelivered_or_replayed_page_of_history_changes_nothing()
    {
        var season = SeasonResults.Read().OrderBy(r => r.KickOff).ToList();
        var pages = season.Chunk(190).Select(page => new PlayedFixturesRecorded(page, DateTimeOffset.UtcNow)).ToList();
        var ids = pages.Select(_ => Guid.NewGuid()).ToList();
        for (var i = 0; i < pages.Count; i++)
        {
            await probe!.PublishAsync(pages[i], ids[i], Ct);
        }

        await WaitUntilRatedAsync(380);
        await probe!.TakeAsync(380, TimeSpan.FromSeconds(60), Ct);
        var before = await Client.GetFromJsonAsync<CompetitionStatusDto>("/api/ratings/E0/status", Ct);
        var tableBefore = (await Client.GetFromJsonAsync<List<TeamRatingDto>>("/api/ratings/E0", Ct))!;
        AssertRatings(SeasonResults.Expected(season), tableBefore);

        var replay = Guid.NewGuid();
        await probe.PublishAsync(pages[0], ids[0], Ct);   // a redelivery (same message id)
        await probe.PublishAsync(pages[0], replay, Ct);   // a replay (same page, new message id)
        await InboxEvidence.ConsumedAsync(database!.ConnectionString, ids[0], receives: 2, TimeSpan.FromSeconds(60), Ct);
        await InboxEvidence.ConsumedAsync(database.ConnectionString, replay, receives: 1, TimeSpan.FromSeconds(60), Ct);
        await InboxEvidence.OutboxDrainedAsync(database.ConnectionString, TimeSpan.FromSeconds(60), Ct);
        Assert.Empty(await probe.ArrivedAsync(Ct));
        Assert.Equal(before, await Client.GetFromJsonAsync<CompetitionStatusDto>("/api/ratings/E0/status", Ct));
        Assert.Equal(tableBefore, (await Client.GetFromJsonAsync<List<TeamRatingDto>>("/api/ratings/E0", Ct))!);
    }

    [Fact]
    public async Task Ratings_as_of_a_date_and_a_teams_history_come_from_the_stored_history()
    {
        var season = SeasonResults.Read();
        foreach (var result in season)
        {
            await probe!.PublishAsync(result, Guid.NewGuid(), Ct);
        }

        await WaitUntilRatedAsync(380);

        var asOf = new DateTimeOffset(2022, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var table = (await Client.GetFromJsonAsync<List<TeamRatingDto>>($"/api/ratings/E0?asOf={Uri.EscapeDataString(asOf.ToString("O"))}", Ct))!;
        AssertRatings(SeasonResults.Expected(season.Where(r => r.KickOff < asOf)), table);
        Assert.All(table, t => Assert.True(t.LastKickOff < asOf));

        var history = (await Client.GetFromJsonAsync<List<RatingHistoryEntry>>("/api/ratings/E0/teams/Arsenal", Ct))!;
        Assert.Equal(38, history.Count);
        Assert.Equal(history.OrderBy(h => h.KickOff).Select(h => h.FixtureId), history.Select(h => h.FixtureId));
        Assert.All(history.Zip(history.Skip(1)), pair => Assert.Equal(pair.First.AttackAfter, pair.Second.AttackBefore, 9));
        Assert.Equal(HttpStatusCode.NotFound, (await Client.GetAsync("/api/ratings/XX", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Client.GetAsync("/api/ratings/E0/teams/Nobody", Ct)).StatusCode);
    }

    private async Task WaitUntilRatedAsync(int fixtures) =>
        await Eventually.GetAsync(
            () => Client.GetFromJsonAsync<CompetitionStatusDto>("/api/ratings/E0/status", Ct)!,
            s => s!.RatedFixtures == fixtures && s.DirtyFrom is null, TimeSpan.FromSeconds(240), $"{fixtures} fixtures rated", Ct);

    private static void AssertRatings(
        Dictionary<string, (double Attack, double Defence, double Elo, double PiHome, double PiAway)> expected, List<TeamRatingDto> table)
    {
        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), table.Select(t => t.Team).Order(StringComparer.Ordinal));
        foreach (var team in table)
        {
            var e = expected[team.Team];
            Assert.Equal(e.Attack, team.Attack, 9);
            Assert.Equal(e.Defence, team.Defence, 9);
            Assert.Equal(e.Elo, team.Elo, 9);
            Assert.Equal(e.PiHome, team.PiHome, 9);
            Assert.Equal(e.PiAway, team.PiAway, 9);
        }
    }
}
