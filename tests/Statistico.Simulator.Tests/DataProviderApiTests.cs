using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Statistico.Betfair;
using Statistico.Betfair.Api;
using Statistico.FootballDataFiles;
using Statistico.Modelling.Pricing;
using Statistico.Testing;

namespace Statistico.Simulator.Tests;

/// <summary>Replay of E0 2021/22 served over HTTP: the Sportmonks fixtures API and the exchange's prices at kick-off.</summary>
[Trait("Category", "Integration")]
public sealed class DataProviderApiTests(TestInfrastructure infrastructure) : IAsyncLifetime
{
    private const string Token = "test-token";
    private const string Includes = "participants;scores;statistics;state;league;season";
    private static readonly string File = Path.Combine(SharedData.Folder, "E0", "2021-22.csv");
    private IsolatedDatabase? database;
    private SimulatorFactory? factory;
    private HttpClient? control;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        database = await infrastructure.CreateDatabaseAsync("simreplay");
        factory = new SimulatorFactory(database.ConnectionString, new Dictionary<string, string?>
        {
            ["Simulator:Mode"] = "Replay",
            ["Simulator:StartPaused"] = "true",
            ["Simulator:Replay:Source"] = File,
            ["Simulator:DataProvider:ApiToken"] = Token,
            ["Simulator:DataProvider:CallsPerHour"] = "25",
        });
        control = factory.CreateClient();
    }

    public async ValueTask DisposeAsync()
    {
        control?.Dispose();
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
    public async Task Fixtures_are_not_started_until_played_and_then_carry_the_files_results_and_statistics()
    {
        var rows = FootballDataFileReader.Read(File, "E0", SeasonName.Parse("2021-22")).Matches;
        Assert.Equal(HttpStatusCode.Unauthorized, (await control!.GetAsync("/v3/football/fixtures/between/2021-08-13/2021-08-14", Ct)).StatusCode);

        var opening = await GetAsync($"/v3/football/fixtures/between/2021-08-13/2021-08-15?api_token={Token}&include={Includes}");
        var first = opening.GetProperty("data")[0];
        Assert.Equal((1, "2021-08-13 19:00:00"), (first.GetProperty("state_id").GetInt32(), first.GetProperty("starting_at").GetString()));
        Assert.Equal(0, first.GetProperty("scores").GetArrayLength());
        Assert.Equal(10, opening.GetProperty("pagination").GetProperty("count").GetInt32());

        await SimulatorHost.AdvanceToAsync(control, new DateTimeOffset(2022, 5, 23, 0, 0, 0, TimeSpan.Zero), Ct);
        var fixtures = new List<JsonElement>();
        // Follow next_page as a client does: it keeps the includes and the page size.
        for (var url = $"/v3/football/fixtures/between/2021-08-01/2022-05-31?include={Includes}&per_page=50"; ;)
        {
            var body = await GetAsync(url, header: true);
            fixtures.AddRange(body.GetProperty("data").EnumerateArray());
            Assert.Equal("UTC", body.GetProperty("timezone").GetString());
            var pagination = body.GetProperty("pagination");
            if (!pagination.GetProperty("has_more").GetBoolean())
            {
                break;
            }

            url = new Uri(pagination.GetProperty("next_page").GetString()!).PathAndQuery;
        }

        Assert.Equal(380, fixtures.Count);
        foreach (var row in rows)
        {
            var fixture = fixtures.Single(f => Team(f, "home") == row.Match.HomeTeam && Team(f, "away") == row.Match.AwayTeam);
            Assert.Equal(5, fixture.GetProperty("state_id").GetInt32());
            Assert.Equal((8, "E0", "2021/2022"), (fixture.GetProperty("league").GetProperty("id").GetInt32(),
                fixture.GetProperty("league").GetProperty("short_code").GetString(), fixture.GetProperty("season").GetProperty("name").GetString()));
            Assert.Equal((row.Match.HomeGoals, row.Match.AwayGoals), (Goals(fixture, 1525, "home"), Goals(fixture, 1525, "away")));
            Assert.Equal((row.HalfTimeHomeGoals, row.HalfTimeAwayGoals), (Goals(fixture, 1, "home"), Goals(fixture, 1, "away")));
            Assert.Equal((row.HomeStatistics!.Shots, row.AwayStatistics!.ShotsOnTarget, row.HomeStatistics.Corners, row.AwayStatistics.YellowCards),
                (Statistic(fixture, 42, "home"), Statistic(fixture, 86, "away"), Statistic(fixture, 34, "home"), Statistic(fixture, 84, "away")));
        }

        var otherLeague = await GetAsync("/v3/football/fixtures/between/2021-08-13/2021-08-15?filters=fixtureLeagues:9,82", header: true);
        Assert.False(otherLeague.TryGetProperty("data", out _));
        var thisLeague = await GetAsync("/v3/football/fixtures/between/2021-08-13/2021-08-15?filters=fixtureLeagues:9,8", header: true);
        Assert.Equal(10, thisLeague.GetProperty("data").GetArrayLength());

        var none = await GetAsync("/v3/football/fixtures/between/2019-01-01/2019-01-31", header: true);
        Assert.False(none.TryGetProperty("data", out _));
        Assert.StartsWith("No result(s) found", none.GetProperty("message").GetString(), StringComparison.Ordinal);

        HttpStatusCode status;
        do
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/v3/football/fixtures/between/2019-01-01/2019-01-02");
            request.Headers.TryAddWithoutValidation("Authorization", Token);
            status = (await control.SendAsync(request, Ct)).StatusCode;
        }
        while (status == HttpStatusCode.OK);

        Assert.Equal(HttpStatusCode.TooManyRequests, status);
    }

    [Fact]
    public async Task One_minute_before_kick_off_the_exchange_shows_pinnacles_closing_prices_on_the_tick_ladder()
    {
        var row = FootballDataFileReader.Read(File, "E0", SeasonName.Parse("2021-22")).Matches[0];
        await SimulatorHost.AdvanceToAsync(control!, new DateTimeOffset(2021, 8, 13, 18, 59, 0, TimeSpan.Zero), Ct);
        await using var services = SimulatorHost.BetfairClient(factory!);
        var client = services.GetRequiredService<IBetfairClient>();

        var market = Assert.Single(await client.ListMarketCatalogueAsync(new ListMarketCatalogueRequest(
            new MarketFilter { MarketTypeCodes = ["MATCH_ODDS"] }, [MarketProjection.RunnerDescription], MarketSort.FirstToStart, 1), Ct));
        var book = Assert.Single(await client.ListMarketBookAsync(new ListMarketBookRequest([market.MarketId], new PriceProjection([PriceData.ExBestOffers])), Ct));

        Assert.Equal([row.Match.HomeTeam, row.Match.AwayTeam, "The Draw"], market.Runners!.Select(r => r.RunnerName));
        var expected = new[] { row.PinnacleClosing!.Home, row.PinnacleClosing.Away, row.PinnacleClosing.Draw };
        for (var i = 0; i < 3; i++)
        {
            var bestBack = (double)book.Runners[i].Exchange!.AvailableToBack[0].Price;
            Assert.InRange(BetfairTickLadder.TicksBetween(bestBack, BetfairTickLadder.RoundNearest(expected[i])), -1, 1);
        }
    }

    private async Task<JsonElement> GetAsync(string url, bool header = false)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (header)
        {
            request.Headers.TryAddWithoutValidation("Authorization", Token);
        }

        using var response = await control!.SendAsync(request, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
    }

    private static string? Team(JsonElement fixture, string location) =>
        fixture.GetProperty("participants").EnumerateArray().Single(p => p.GetProperty("meta").GetProperty("location").GetString() == location).GetProperty("name").GetString();

    private static int? Goals(JsonElement fixture, int typeId, string side) =>
        fixture.GetProperty("scores").EnumerateArray()
            .Where(s => s.GetProperty("type_id").GetInt32() == typeId && s.GetProperty("score").GetProperty("participant").GetString() == side)
            .Select(s => (int?)s.GetProperty("score").GetProperty("goals").GetInt32()).SingleOrDefault();

    private static int? Statistic(JsonElement fixture, int typeId, string location) =>
        fixture.GetProperty("statistics").EnumerateArray()
            .Where(s => s.GetProperty("type_id").GetInt32() == typeId && s.GetProperty("location").GetString() == location)
            .Select(s => (int?)s.GetProperty("data").GetProperty("value").GetInt32()).SingleOrDefault();
}
