using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Statistico.Contracts.FootballData;
using Statistico.FootballData.Client;
using Statistico.Testing;

namespace Statistico.FootballData.Tests.Apis;

/// <summary>The read API over two real seasons: competitions, seasons, teams, fixtures with filters and paging, results, head-to-head.</summary>
[Trait("Category", "Integration")]
public sealed class ReadApiTests(TestInfrastructure infrastructure)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Competitions_seasons_and_teams_describe_what_was_imported()
    {
        await using var host = await FootballDataHost.StartAsync(infrastructure, "fdapi");
        await TwoSeasons.ImportAsync(host);

        var competition = Assert.Single((await host.Client.GetFromJsonAsync<List<CompetitionDto>>("/api/competitions", Ct))!);
        Assert.Equal(new CompetitionDto("E0", "Premier League", "England"), competition);
        var seasons = await host.Client.GetFromJsonAsync<List<SeasonDto>>("/api/competitions/E0/seasons", Ct);
        Assert.Equal([new SeasonDto("E0", "2020/21", 2020, 380, 380), new SeasonDto("E0", "2021/22", 2021, 380, 380)], seasons);
        var teams = await host.Client.GetFromJsonAsync<List<TeamDto>>("/api/teams?competition=E0&season=2021/22", Ct);
        Assert.Equal(TwoSeasons.Matches().Skip(380).Select(m => m.Home).Distinct().Order(StringComparer.Ordinal), teams!.Select(t => t.Name));
        Assert.Equal(HttpStatusCode.NotFound, (await host.Client.GetAsync("/api/competitions/XX/seasons", Ct)).StatusCode);
    }

    [Fact]
    public async Task Fixtures_filter_by_season_team_dates_and_status_and_page_in_kick_off_order()
    {
        await using var host = await FootballDataHost.StartAsync(infrastructure, "fdapi");
        await TwoSeasons.ImportAsync(host);
        var client = new FootballDataClient(host.Client);
        var matches = TwoSeasons.Matches();

        var season = new FixtureQuery { Competition = "E0", Season = "2021/22", PageSize = 100 };
        var pages = new List<PageDto<FixtureDto>>();
        for (var page = 1; page <= 4; page++)
        {
            pages.Add(await client.GetFixturesAsync(season with { Page = page }, Ct));
        }

        Assert.Equal([100, 100, 100, 80], pages.Select(p => p.Items.Count));
        Assert.All(pages, p => Assert.Equal(380, p.TotalCount));
        Assert.Equal([true, true, true, false], pages.Select(p => p.HasMore));
        var all = pages.SelectMany(p => p.Items).ToList();
        Assert.Equal(380, all.Select(f => f.Id).Distinct().Count());
        Assert.Equal(all.OrderBy(f => f.KickOff).Select(f => f.KickOff), all.Select(f => f.KickOff));

        var arsenal = await client.GetFixturesAsync(new FixtureQuery { Team = "Arsenal", Season = "2021-2022" }, Ct);
        Assert.Equal(38, arsenal.TotalCount);
        var byId = await client.GetFixturesAsync(new FixtureQuery { Team = arsenal.Items[0].HomeTeam.Name == "Arsenal" ? arsenal.Items[0].HomeTeam.Id.ToString() : arsenal.Items[0].AwayTeam.Id.ToString(), PageSize = 500 }, Ct);
        Assert.Equal(76, byId.TotalCount);

        var december = await client.GetFixturesAsync(new FixtureQuery
        {
            From = new DateTimeOffset(2021, 12, 1, 0, 0, 0, TimeSpan.Zero),
            To = new DateTimeOffset(2022, 1, 1, 0, 0, 0, TimeSpan.Zero),
            PageSize = 500,
        }, Ct);
        Assert.Equal(matches.Count(m => m.Date.Year == 2021 && m.Date.Month == 12), december.TotalCount);

        Assert.Equal(760, (await client.GetFixturesAsync(new FixtureQuery { Status = FixtureStatus.Finished }, Ct)).TotalCount);
        Assert.Equal(0, (await client.GetFixturesAsync(new FixtureQuery { Status = FixtureStatus.Scheduled }, Ct)).TotalCount);

        var one = all[200];
        var fixture = await client.GetFixtureAsync(one.Id, Ct);
        var expected = matches.Single(m => m.Home == one.HomeTeam.Name && m.Away == one.AwayTeam.Name && m.Date.Year >= 2021 && m.Date >= new DateOnly(2021, 8, 1));
        Assert.Equal((expected.HomeGoals, expected.AwayGoals), (fixture!.Result!.HomeGoals, fixture.Result.AwayGoals));
        Assert.NotNull(fixture.Result.HomeStatistics?.ShotsOnTarget);
    }

    [Fact]
    public async Task A_teams_results_and_head_to_head_are_newest_first_and_respect_venue_limit_and_date()
    {
        await using var host = await FootballDataHost.StartAsync(infrastructure, "fdapi");
        await TwoSeasons.ImportAsync(host);
        var arsenal = (await host.Client.GetFromJsonAsync<List<TeamDto>>("/api/teams", Ct))!.Single(t => t.Name == "Arsenal");
        var chelsea = (await host.Client.GetFromJsonAsync<List<TeamDto>>("/api/teams", Ct))!.Single(t => t.Name == "Chelsea");
        var matches = TwoSeasons.Matches();

        var results = await host.Client.GetFromJsonAsync<List<FixtureDto>>(
            $"/api/teams/{arsenal.Id}/results?venue=home&limit=5&before=2022-01-01T00:00:00Z", Json, Ct);
        var expected = matches.Where(m => m.Home == "Arsenal" && m.Date < new DateOnly(2022, 1, 1)).OrderByDescending(m => m.Date).Take(5).ToList();
        Assert.Equal(expected.Select(m => (m.Away, m.HomeGoals, m.AwayGoals)), results!.Select(f => (f.AwayTeam.Name, f.Result!.HomeGoals, f.Result.AwayGoals)));

        var all = await host.Client.GetFromJsonAsync<List<FixtureDto>>($"/api/teams/{arsenal.Id}/results?limit=200", Json, Ct);
        Assert.Equal(76, all!.Count);

        var meetings = await host.Client.GetFromJsonAsync<List<FixtureDto>>($"/api/teams/{arsenal.Id}/head-to-head/{chelsea.Id}", Json, Ct);
        var expectedMeetings = matches.Where(m => (m.Home, m.Away) is ("Arsenal", "Chelsea") or ("Chelsea", "Arsenal")).OrderByDescending(m => m.Date).ToList();
        Assert.Equal(expectedMeetings.Select(m => (m.Home, m.HomeGoals, m.AwayGoals)), meetings!.Select(f => (f.HomeTeam.Name, f.Result!.HomeGoals, f.Result.AwayGoals)));
    }

    [Theory]
    [InlineData("/api/fixtures?page=0", "page")]
    [InlineData("/api/fixtures?pageSize=501", "pageSize")]
    [InlineData("/api/fixtures?status=Finishd", "status")]
    [InlineData("/api/fixtures?season=21/22", "season")]
    [InlineData("/api/fixtures/upcoming?limit=0", "limit")]
    [InlineData("/api/teams?season=2021", "season")]
    [InlineData("/api/imports?limit=1000", "limit")]
    public async Task A_bad_query_is_a_validation_problem_naming_the_parameter(string url, string parameter)
    {
        await using var host = await FootballDataHost.StartAsync(infrastructure, "fdapi");

        var response = await host.Client.GetAsync(url, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.True(problem.GetProperty("errors").TryGetProperty(parameter, out _), problem.ToString());
    }

    [Fact]
    public async Task A_teams_results_with_a_bad_venue_or_an_unknown_team_are_problems()
    {
        await using var host = await FootballDataHost.StartAsync(infrastructure, "fdapi");

        Assert.Equal(HttpStatusCode.BadRequest, (await host.Client.GetAsync($"/api/teams/{Guid.NewGuid()}/results?venue=neutral", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await host.Client.GetAsync($"/api/teams/{Guid.NewGuid()}/results", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await host.Client.PostAsync("/api/imports/football-data-co-uk", new StringContent("x", System.Text.Encoding.UTF8, "text/csv"), Ct)).StatusCode);
    }

    [Fact]
    public async Task The_openapi_document_describes_every_endpoint()
    {
        await using var host = await FootballDataHost.StartAsync(infrastructure, "fdapi");

        var document = await host.Client.GetFromJsonAsync<JsonElement>("/openapi/v1.json", Ct);

        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Superset(
            new HashSet<string>
            {
                "/api/competitions", "/api/competitions/{id}/seasons", "/api/teams", "/api/teams/{id}", "/api/teams/{id}/results",
                "/api/teams/{id}/head-to-head/{opponentId}", "/api/teams/{id}/aliases/{source}/{spelling}", "/api/fixtures",
                "/api/fixtures/{id}", "/api/fixtures/upcoming", "/api/imports/football-data-co-uk", "/api/imports", "/api/imports/{id}",
                "/api/providers", "/api/providers/{name}/runs",
            },
            paths.ToHashSet());
        var find = document.GetProperty("paths").GetProperty("/api/fixtures").GetProperty("get");
        Assert.Equal(
            ["competition", "season", "team", "from", "to", "status", "page", "pageSize"],
            find.GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("name").GetString()));
    }

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() } };
}
