using System.Net.Http.Json;
using Statistico.FootballData.Client;
using Statistico.Ratings.Apis;
using Statistico.Ratings.Rebuild;
using Statistico.Testing;

namespace Statistico.Ratings.Tests;

/// <summary>Ratings with the real Football Data service: driven by its events over the broker, and rebuilt from its HTTP API.</summary>
[Trait("Category", "Integration")]
public sealed class WithFootballDataTests(TestInfrastructure infrastructure)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Importing_a_season_into_football_data_rates_it_over_the_broker_and_a_rebuild_over_http_agrees()
    {
        await using var footballDb = await infrastructure.CreateDatabaseAsync("ratings-fd");
        await using var ratingsDb = await infrastructure.CreateDatabaseAsync("ratings-live");
        await using var rebuiltDb = await infrastructure.CreateDatabaseAsync("ratings-rebuilt");
        await using var virtualHost = await infrastructure.CreateVirtualHostAsync("ratings-fd");
        await using var quiet = await infrastructure.CreateVirtualHostAsync("ratings-quiet");
        await using var footballData = new FootballDataFactory(footballDb.ConnectionString, virtualHost.BrokerUri, infrastructure.Endpoints.Cache, infrastructure.CreateKeyPrefix("ratings-fd"));
        await using var live = new RatingsFactory(ratingsDb.ConnectionString, virtualHost.BrokerUri);
        using var liveClient = live.CreateClient();
        await Eventually.UntilAsync(async () => (await liveClient.GetAsync("/health", Ct)).IsSuccessStatusCode, TimeSpan.FromSeconds(60), "Ratings healthy", Ct);

        await using (var file = File.OpenRead(Path.Combine(SharedData.FootballDataFolder, "D1", "2021-22.csv")))
        {
            var report = await new FootballDataClient(footballData.CreateClient()).ImportFootballDataCoUkAsync("D1/2021-22.csv", file, Ct);
            Assert.Equal(306, report.Inserted);
        }

        await Eventually.GetAsync(
            () => liveClient.GetFromJsonAsync<CompetitionStatusDto>("/api/ratings/D1/status", Ct)!,
            s => s!.RatedFixtures == 306 && s.DirtyFrom is null, TimeSpan.FromSeconds(120), "the season's FixtureResulted to be rated", Ct);
        var fromEvents = (await liveClient.GetFromJsonAsync<List<TeamRatingDto>>("/api/ratings/D1", Ct))!;

        // A Ratings that never heard an event (its own virtual host) rebuilds the same table from Football Data's API.
        await using var rebuilt = new RatingsFactory(rebuiltDb.ConnectionString, quiet.BrokerUri, () => footballData.Server.CreateHandler());
        using var rebuiltClient = rebuilt.CreateClient();
        var backfill = await (await rebuiltClient.PostAsync("/api/ratings/D1/rebuild", null, Ct)).Content.ReadFromJsonAsync<BackfillReport>(Ct);
        Assert.Equal(new BackfillReport("D1", 306, 306), backfill);
        await Eventually.GetAsync(
            () => rebuiltClient.GetFromJsonAsync<CompetitionStatusDto>("/api/ratings/D1/status", Ct)!,
            s => s!.RatedFixtures == 306 && s.DirtyFrom is null, TimeSpan.FromSeconds(60), "the rebuild to be rated", Ct);
        var fromRebuild = (await rebuiltClient.GetFromJsonAsync<List<TeamRatingDto>>("/api/ratings/D1", Ct))!;
        Assert.Equal(fromEvents, fromRebuild);

        var again = await (await rebuiltClient.PostAsync("/api/ratings/D1/rebuild", null, Ct)).Content.ReadFromJsonAsync<BackfillReport>(Ct);
        Assert.Equal(new BackfillReport("D1", 306, 0), again); // nothing new: the check finds no gap
    }
}
