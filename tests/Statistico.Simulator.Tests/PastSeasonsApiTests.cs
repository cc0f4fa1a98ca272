using System.Net.Http.Json;
using System.Text.Json;
using Statistico.Testing;

namespace Statistico.Simulator.Tests;

/// <summary>The default synthetic world served over HTTP: its past seasons are finished fixtures with scores and statistics.</summary>
[Trait("Category", "Integration")]
public sealed class PastSeasonsApiTests(TestInfrastructure infrastructure) : IAsyncLifetime
{
    private const string Includes = "participants;scores;statistics;state;league;season";
    private IsolatedDatabase? database;
    private SimulatorFactory? factory;
    private HttpClient? client;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        database = await infrastructure.CreateDatabaseAsync("simpast");
        factory = new SimulatorFactory(database.ConnectionString, new Dictionary<string, string?>
        {
            ["Simulator:Mode"] = "Synthetic",
            ["Simulator:Seed"] = "42",
            ["Simulator:StartPaused"] = "true",
            ["Simulator:StartBeforeFirstKickOff"] = "4.00:00:00",
        });
        client = factory.CreateClient();
    }

    public async ValueTask DisposeAsync()
    {
        client?.Dispose();
        if (factory is not null)
        {
            await factory.DisposeAsync();
        }

        if (database is not null)
        {
            await database.DisposeAsync();
        }
    }

    [Fact]
    public async Task The_clock_starts_days_before_the_first_upcoming_matchday_with_the_past_already_played()
    {
        var status = await SimulatorHost.StatusAsync(client!, Ct);
        var firstUpcoming = new DateTimeOffset(2030, 8, 3, 12, 30, 0, TimeSpan.Zero);

        Assert.Equal(firstUpcoming, status.FirstUpcomingKickOff);
        Assert.Equal(firstUpcoming.AddDays(-4), status.SimulatedTime);
        Assert.Equal(new DateTimeOffset(2027, 8, 7, 12, 30, 0, TimeSpan.Zero), status.FirstKickOff);
        Assert.Equal(3800, status.Fixtures);
    }

    [Fact]
    public async Task Past_seasons_of_both_divisions_are_finished_with_scores_and_statistics_and_filter_by_league()
    {
        var both = await GetAsync($"/v3/football/fixtures/between/2027-08-01/2027-08-10?include={Includes}&per_page=50");
        var fixtures = both.GetProperty("data").EnumerateArray().ToList();
        Assert.Equal(20, fixtures.Count); // the first round of two 20-team divisions
        Assert.Equal([9001, 9002], fixtures.Select(f => f.GetProperty("league_id").GetInt32()).Distinct().Order());
        Assert.All(fixtures, f =>
        {
            Assert.Equal(5, f.GetProperty("state_id").GetInt32());
            Assert.Equal(2, f.GetProperty("scores").EnumerateArray().Count(s => s.GetProperty("description").GetString() == "CURRENT"));
            Assert.Equal(12, f.GetProperty("statistics").GetArrayLength());
            Assert.Equal("2027/2028", f.GetProperty("season").GetProperty("name").GetString());
            Assert.False(f.GetProperty("has_odds").GetBoolean());
        });

        var second = await GetAsync($"/v3/football/fixtures/between/2029-08-01/2029-08-10?include={Includes}&per_page=50&filters=fixtureLeagues:9002");
        var secondDivision = second.GetProperty("data").EnumerateArray().ToList();
        Assert.Equal(10, secondDivision.Count);
        Assert.All(secondDivision, f => Assert.Equal("SIM2", f.GetProperty("league").GetProperty("short_code").GetString()));

        // The first upcoming matchday is not played yet: not started, no scores.
        var upcoming = await GetAsync($"/v3/football/fixtures/between/2030-08-03/2030-08-03?include={Includes}&per_page=50");
        Assert.All(upcoming.GetProperty("data").EnumerateArray(), f => Assert.Equal(1, f.GetProperty("state_id").GetInt32()));
    }

    private async Task<JsonElement> GetAsync(string url) =>
        await client!.GetFromJsonAsync<JsonElement>(url, Ct);
}
