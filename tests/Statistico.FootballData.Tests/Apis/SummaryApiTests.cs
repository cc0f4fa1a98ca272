using System.Net.Http.Json;
using Statistico.ServiceDefaults.Summary;
using Statistico.Testing;

namespace Statistico.FootballData.Tests.Apis;

/// <summary><c>GET /api/summary</c> on a real database: empty at first, then the counts and latest times of two imported seasons.</summary>
[Trait("Category", "Integration")]
public sealed class SummaryApiTests(TestInfrastructure infrastructure)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Counts_fixtures_results_and_teams_with_the_latest_times()
    {
        await using var host = await FootballDataHost.StartAsync(infrastructure, "fdsummary");
        var empty = await host.Client.GetFromJsonAsync<ServiceSummary>("/api/summary", Ct);
        Assert.Equal("football-data", empty!.Service);
        Assert.Equal([("fixtures", 0L, (DateTimeOffset?)null), ("results", 0L, null), ("teams", 0L, null)], empty.Lines.Select(l => (l.Name, l.Count, l.Latest)));

        var before = DateTimeOffset.UtcNow;
        await TwoSeasons.ImportAsync(host);
        var summary = await host.Client.GetFromJsonAsync<ServiceSummary>("/api/summary", Ct);

        var matches = TwoSeasons.Matches();
        var lines = summary!.Lines.ToDictionary(l => l.Name);
        Assert.Equal(matches.Count, lines["fixtures"].Count);
        Assert.InRange(lines["fixtures"].Latest!.Value, before, DateTimeOffset.UtcNow);
        Assert.Equal(matches.Count, lines["results"].Count);
        Assert.Equal(matches.Max(m => m.Date), DateOnly.FromDateTime(lines["results"].Latest!.Value.UtcDateTime));
        Assert.Equal(matches.Select(m => m.Home).Distinct().Count(), lines["teams"].Count);
        Assert.Null(lines["teams"].Latest);
    }
}
