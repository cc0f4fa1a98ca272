using System.Net;
using System.Net.Http.Json;
using System.Text;
using Statistico.Contracts.FootballData;
using Statistico.FootballData.Client;
using Statistico.Testing;

namespace Statistico.FootballData.Tests.Providers;

/// <summary>The Sportmonks adapter inside the real service, against a local HTTP server serving recorded-shape pages.</summary>
[Trait("Category", "Integration")]
public sealed class SportmonksProviderTests(TestInfrastructure infrastructure)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Every_page_is_read_with_scores_statistics_and_states_after_waiting_out_a_429()
    {
        await using var server = await RecordedSportmonksServer.StartAsync(tooManyRequestsFirst: 1);
        await using var host = await StartAsync(server, "Create");

        var reports = await RunAsync(host, "results");

        Assert.All(reports, r => Assert.Empty(r.Problems));
        Assert.Equal(3, reports.Sum(r => r.Inserted));
        var pages = server.Requests.Select(r => r.PathAndQuery).ToList();
        Assert.Equal(3, pages.Count); // the 429, then page 1 again, then page 2
        Assert.Contains("page=2", pages[2], StringComparison.Ordinal);
        Assert.All(pages, p => Assert.Contains("include=participants;scores;statistics", Uri.UnescapeDataString(p), StringComparison.Ordinal));
        Assert.All(pages, p => Assert.Contains("filters=fixtureLeagues:8", Uri.UnescapeDataString(p), StringComparison.Ordinal));
        Assert.All(server.Requests, r => Assert.Equal("secret-token", r.Authorization));
        Assert.DoesNotContain(pages, p => p.Contains("secret-token", StringComparison.Ordinal)); // never in a URL (logs)

        var client = new FootballDataClient(host.Client);
        var fixtures = (await client.GetFixturesAsync(new FixtureQuery { Competition = "E0", Season = "2024/25" }, Ct)).Items;
        Assert.Equal(3, fixtures.Count);
        var played = fixtures.Single(f => f.HomeTeam.Name == "Manchester United");
        Assert.Equal(("Aston Villa", FixtureStatus.Finished, new DateTimeOffset(2025, 5, 25, 15, 0, 0, TimeSpan.Zero)), (played.AwayTeam.Name, played.Status, played.KickOff));
        Assert.Equal((2, 0, 0, 0), (played.Result!.HomeGoals, played.Result.AwayGoals, played.Result.HalfTimeHomeGoals, played.Result.HalfTimeAwayGoals));
        Assert.Equal(new TeamMatchStatistics { Shots = 21, ShotsOnTarget = 8, Corners = 7, Fouls = 9, YellowCards = 1 }, played.Result.HomeStatistics);
        Assert.Equal(new TeamMatchStatistics { Shots = 6, ShotsOnTarget = 1, Corners = 2, Fouls = 12, YellowCards = 3, RedCards = 1 }, played.Result.AwayStatistics);
        Assert.Equal(FixtureStatus.Scheduled, fixtures.Single(f => f.HomeTeam.Name == "Fulham").Status);
        Assert.Equal(FixtureStatus.Postponed, fixtures.Single(f => f.HomeTeam.Name == "Everton").Status);
    }

    [Fact]
    public async Task A_page_that_keeps_failing_is_reported_where_it_failed_and_the_pages_before_it_are_kept()
    {
        await using var server = await RecordedSportmonksServer.StartAsync();
        server.FailingPage = 2;
        await using var host = await StartAsync(server, "Create");

        var reports = await RunAsync(host, "fixtures");

        Assert.Equal(2, reports.Sum(r => r.Inserted));
        var problem = Assert.Single(reports.SelectMany(r => r.Problems));
        Assert.Contains("page=2", problem.Location, StringComparison.Ordinal);
        Assert.StartsWith("HTTP 503", problem.Reason, StringComparison.Ordinal);
        Assert.Contains("after 2 attempt(s)", problem.Reason, StringComparison.Ordinal);
        Assert.Equal(2 + 1, server.Requests.Count); // page 1, then page 2 twice
    }

    [Fact]
    public async Task A_provider_that_does_not_answer_is_reported_by_code_without_the_exceptions_host_and_port()
    {
        await using var server = await RecordedSportmonksServer.StartAsync();
        await using var host = await StartAsync(server, "Create", baseUrl: new Uri($"http://127.0.0.1:{ClosedPort()}/v3/football"));

        var reports = await RunAsync(host, "fixtures");

        var problem = Assert.Single(reports.SelectMany(r => r.Problems));
        Assert.StartsWith($"request failed ({Statistico.FootballData.Providers.Sportmonks.SportmonksProvider.RequestFailed})", problem.Reason, StringComparison.Ordinal);
        Assert.Contains("after 2 attempt(s)", problem.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain("127.0.0.1", problem.Reason, StringComparison.Ordinal); // .NET's text names the host and port
        Assert.DoesNotContain("refused", problem.Reason, StringComparison.OrdinalIgnoreCase);
        var stored = await host.Client.GetFromJsonAsync<List<ImportReport>>("/api/imports", Ct);
        Assert.DoesNotContain(stored!.SelectMany(r => r.Problems), p => p.Reason.Contains("127.0.0.1", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_unknown_spelling_is_reported_until_an_alias_maps_it_to_the_known_team()
    {
        await using var server = await RecordedSportmonksServer.StartAsync();
        await using var host = await StartAsync(server, unknownTeams: null); // Sportmonks' default: report
        var client = new FootballDataClient(host.Client);
        using (var csv = new MemoryStream(Encoding.UTF8.GetBytes("Div,Date,Time,HomeTeam,AwayTeam,FTHG,FTAG\nE0,25/05/2025,16:00,Man United,Aston Villa,2,0\n")))
        {
            Assert.Equal(1, (await client.ImportFootballDataCoUkAsync("E0/2024-25.csv", csv, Ct)).Inserted);
        }

        var reports = await RunAsync(host, "results");
        var problems = reports.SelectMany(r => r.Problems).ToList();
        Assert.Contains(problems, p => p.Column == "HomeTeam" && p.Reason.StartsWith("unknown team 'Manchester United'", StringComparison.Ordinal));
        Assert.Equal(0, reports.Sum(r => r.Updated + r.Unchanged)); // nothing guessed

        var teams = await host.Client.GetFromJsonAsync<List<TeamDto>>("/api/teams", Ct);
        foreach (var (spelling, name) in new[] { ("Manchester United", "Man United"), ("Aston Villa", "Aston Villa") })
        {
            var team = teams!.Single(t => t.Name == name);
            var put = await host.Client.PutAsync($"/api/teams/{team.Id}/aliases/sportmonks/{Uri.EscapeDataString(spelling)}", null, Ct);
            Assert.Equal(HttpStatusCode.NoContent, put.StatusCode);
        }

        var again = await RunAsync(host, "results");
        // The file's fixture, completed with what Sportmonks adds (half-time score, statistics), not a second fixture.
        Assert.Equal((0, 1), (again.Sum(r => r.Inserted), again.Sum(r => r.Updated)));
        var merged = Assert.Single((await client.GetFixturesAsync(new FixtureQuery(), Ct)).Items);
        Assert.Equal(("Man United", 2, 0, 21), (merged.HomeTeam.Name, merged.Result!.HomeGoals, merged.Result.HalfTimeHomeGoals, merged.Result.HomeStatistics!.Shots));
    }

    private Task<FootballDataHost> StartAsync(RecordedSportmonksServer server, string? unknownTeams, Uri? baseUrl = null) =>
        FootballDataHost.StartAsync(infrastructure, "fdsportmonks", new Dictionary<string, string?>
        {
            ["FootballData:Providers:sportmonks:Type"] = "sportmonks",
            ["FootballData:Providers:sportmonks:BaseUrl"] = (baseUrl ?? server.BaseUrl).ToString(),
            ["FootballData:Providers:sportmonks:ApiToken"] = "secret-token",
            ["FootballData:Providers:sportmonks:Leagues:8"] = "E0",
            ["FootballData:Providers:sportmonks:UnknownTeams"] = unknownTeams,
            ["FootballData:Providers:sportmonks:MaxAttempts"] = "2",
            ["FootballData:Providers:sportmonks:RetryDelay"] = "00:00:00.010",
        });

    private static async Task<List<ImportReport>> RunAsync(FootballDataHost host, string kind)
    {
        var response = await host.Client.PostAsync($"/api/providers/sportmonks/runs?kind={kind}", null, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<List<ImportReport>>(Ct))!;
    }

    /// <summary>A loopback port nothing listens on: taken from the system, then let go.</summary>
    private static int ClosedPort()
    {
        var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
