extern alias ratings;

using System.Globalization;
using System.Net.Http.Json;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Statistico.Contracts.FootballData;
using Statistico.Contracts.Odds;
using Statistico.FootballData.Client;
using Statistico.Modelling.Goals;
using Statistico.OddsCompiler.Apis;
using Statistico.OddsCompiler.Data;
using Statistico.OddsCompiler.Priors;
using Statistico.Testing;
using CompetitionStatusDto = ratings::Statistico.Ratings.Apis.CompetitionStatusDto;
using TeamRatingDto = ratings::Statistico.Ratings.Apis.TeamRatingDto;

namespace Statistico.OddsCompiler.Tests;

/// <summary>
/// Football Data, Ratings and the Odds Compiler together on the real broker and databases: a season imported into
/// Football Data drives Ratings and the compiler, and both agree with the modelling library on the same data.
/// </summary>
[Trait("Category", "System")]
public sealed class FullSystemTests(TestInfrastructure infrastructure)
{
    private const string RatingsExchange = "Statistico.Contracts.Ratings:TeamRatingsUpdated";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Importing_a_season_drives_ratings_and_prices_the_next_matchday_with_the_library_match_odds()
    {
        await using var system = await CompilerSystem.StartAsync(infrastructure, "sys-season", withRatings: true);
        await using var odds = await OddsProbe.BindAsync(system.VirtualHost.BrokerUri, Ct);
        await using var ratingEvents = await EventProbe.BindAsync(system.VirtualHost.BrokerUri, [RatingsExchange], Ct);

        await system.FootballData.ImportFootballDataCoUkAsync("E0/2021-22.csv", SeasonFile.WithUnplayed("E0", "2021-22", unplayed: 10), Ct);

        // Ratings rated all 370 results and published TeamRatingsUpdated for them; its table is the library's.
        await Eventually.GetAsync(
            () => system.RatingsClient!.GetFromJsonAsync<CompetitionStatusDto>("/api/ratings/E0/status", Ct),
            s => s!.RatedFixtures == 370 && s.DirtyFrom is null, TimeSpan.FromSeconds(120), "Ratings to rate the season", Ct);
        var published = await ratingEvents.TakeAsync(370, TimeSpan.FromSeconds(60), Ct);
        var finished = await LibraryExpectations.FinishedAsync(system.FootballData, "E0", Ct);
        Assert.Equal(370, finished.Count);
        Assert.Equal(finished.Select(f => f.Id).ToHashSet(), published.Select(e => e.Message.GetProperty("fixtureId").GetGuid()).ToHashSet());
        // Each event carries its fixture's kick-off, so the compiler never asks Football Data for it (ADR 0207).
        var kickOffs = finished.ToDictionary(f => f.Id, f => f.KickOff);
        Assert.All(published, e => Assert.Equal(kickOffs[e.Message.GetProperty("fixtureId").GetGuid()], e.Message.GetProperty("kickOff").GetDateTimeOffset()));
        var expected = LibraryExpectations.Ratings(finished);
        var table = (await system.RatingsClient!.GetFromJsonAsync<List<TeamRatingDto>>("/api/ratings/E0", Ct))!;
        Assert.Equal(20, table.Count);
        Assert.All(table, t =>
        {
            Assert.Equal(expected[t.Team].Attack, t.Attack, 1e-9);
            Assert.Equal(expected[t.Team].Defence, t.Defence, 1e-9);
            Assert.Equal(expected[t.Team].Elo, t.Elo, 1e-9);
            Assert.Equal(expected[t.Team].PiHome, t.PiHome, 1e-9);
        });

        // The compiler kept the latest of those ratings per team (its own table, fed by the events).
        var stored = await Eventually.GetAsync(
            () => CompilerRatingsAsync(system),
            rows => rows.Count == 20 && table.All(t => rows.Any(r => r.Team == t.Team && r.LastFixtureId == t.LastFixtureId)),
            TimeSpan.FromSeconds(30), "the compiler's ratings table to reach each team's last fixture", Ct);
        Assert.All(table, t =>
        {
            var row = stored.Single(r => r.Team == t.Team);
            Assert.Equal(t.Attack, row.Attack, 1e-9);
            Assert.Equal(t.LastFixtureId, row.LastFixtureId);
        });

        // Every fixture of the next matchday has an OddsCompiled; the latest of each is the current model's and its
        // MATCH_ODDS are the library's production model fitted on the same training data.
        await odds.WaitForFixturesAsync(10, TimeSpan.FromSeconds(60), Ct);
        var models = (await system.GetAsync<CompetitionModelsDto>("/api/models/E0", Ct))!;
        var current = models.Snapshots.Single(s => s.Version == models.CurrentVersion);
        Assert.Equal(370, current.MatchCount);
        var fit = ProductionModel.Create().Fit(LibraryExpectations.Training(finished, current.WindowFrom, current.AsOf), current.AsOf);
        var scheduled = (await system.FootballData.GetFixturesAsync(new FixtureQuery { Competition = "E0", Status = FixtureStatus.Scheduled }, Ct)).Items;
        Assert.Equal(10, scheduled.Count);
        var latest = odds.Received.GroupBy(o => o.FixtureId).ToDictionary(g => g.Key, g => g.Last());
        foreach (var fixture in scheduled)
        {
            var book = latest[fixture.Id];
            Assert.Equal($"E0.{current.Version}", book.ModelVersion);
            AssertMatchOdds(fit.Predict(fixture.HomeTeam.Name, fixture.AwayTeam.Name), book);
        }
    }

    [Fact]
    public async Task A_promoted_team_is_priced_from_its_strength_in_the_league_below_and_a_team_from_nowhere_from_the_newcomer_prior()
    {
        await using var system = await CompilerSystem.StartAsync(infrastructure, "sys-promoted", withRatings: true);
        await using var odds = await OddsProbe.BindAsync(system.VirtualHost.BrokerUri, Ct);
        await system.FootballData.ImportFootballDataCoUkAsync("E1/2020-21.csv", File.OpenRead(SeasonFile.PathOf("E1", "2020-21")), Ct);
        await system.FootballData.ImportFootballDataCoUkAsync("E0/2020-21.csv", File.OpenRead(SeasonFile.PathOf("E0", "2020-21")), Ct);
        // The new season's opening matchday is still to play: Brentford, Watford and Norwich were promoted.
        await system.FootballData.ImportFootballDataCoUkAsync("E0/2021-22.csv", SeasonFile.WithUnplayed("E0", "2021-22", unplayed: 10, rows: 10), Ct);
        string[] promoted = ["Brentford", "Norwich", "Watford"];
        var scheduled = (await system.FootballData.GetFixturesAsync(new FixtureQuery { Competition = "E0", Status = FixtureStatus.Scheduled }, Ct)).Items;
        var brentford = scheduled.Single(f => f.HomeTeam.Name == "Brentford");

        // Once Ratings has told the compiler where they last played, all three are priced from E1.
        await Eventually.GetAsync(
            () => system.FindAsync<CompetitionModelsDto>("/api/models/E0", Ct),
            m => m is { Priced: true } && m.Snapshots.Count > 0, TimeSpan.FromSeconds(120), "an E0 model", Ct);
        var (priors, carriedBy) = await Eventually.GetAsync(
            async () => await PriorsAsync(system, scheduled, promoted),
            p => p.Priors.Count == 3 && p.Priors.Values.All(v => v.Kind == TeamPrior.Carried), TimeSpan.FromSeconds(120), "carried priors for the promoted teams", Ct);

        // Their strength is the library's fit of E1's history, less the England top-two gap.
        var e1 = await LibraryExpectations.FinishedAsync(system.FootballData, "E1", Ct);
        var e1AsOf = e1.Max(f => DateOnly.FromDateTime(f.KickOff.UtcDateTime)).AddDays(1);
        var e1Fit = (DixonColesFit)((IBlendedGoalFit)ProductionModel.Create().Fit(LibraryExpectations.Training(e1, e1AsOf.AddDays(-1095), e1AsOf), e1AsOf)).Goals;
        foreach (var team in promoted)
        {
            Assert.Equal("E1", priors[team].FromCompetition);
            Assert.Equal(-PromotionPriors.EnglandTopTwoGap, priors[team].Shift);
            Assert.Equal(e1Fit.Attack[team] - 0.4, priors[team].Attack, 1e-9);
            Assert.Equal(e1Fit.Defence[team] - 0.4, priors[team].Defence, 1e-9);
        }

        // Brentford's first fixture is published with the library's production model given those priors. Its book names
        // the snapshot that priced it: a later refit that moves no price by a tick is not republished (ADR 0401), so the
        // book need not carry the current version, only one at least as new as the priors.
        await Eventually.UntilAsync(
            () => Latest(odds, brentford.Id) is { } book && VersionNumber(book.ModelVersion) >= carriedBy,
            TimeSpan.FromSeconds(60), "Brentford's book from a model with the carried priors", Ct);
        var models = (await system.GetAsync<CompetitionModelsDto>("/api/models/E0", Ct))!;
        var current = models.Snapshots.Single(s => $"E0.{s.Version}" == Latest(odds, brentford.Id)!.ModelVersion);
        var e0 = await LibraryExpectations.FinishedAsync(system.FootballData, "E0", Ct);
        var libraryPriors = priors.ToDictionary(p => p.Key, p => (p.Value.Attack, p.Value.Defence));
        var fit = ProductionModel.Create(libraryPriors).Fit(LibraryExpectations.Training(e0, current.WindowFrom, current.AsOf), current.AsOf);
        AssertMatchOdds(fit.Predict("Brentford", "Arsenal"), Latest(odds, brentford.Id)!);
        // A weaker prior than an average side: Arsenal are favourites at Brentford.
        Assert.True(fit.Predict("Brentford", "Arsenal").AwayWin > fit.Predict("Brentford", "Arsenal").HomeWin);

        // A team nobody has rated anywhere gets the library's newcomer prior and is priced too.
        var nowhere = Guid.NewGuid();
        await system.Compiler.Services.GetRequiredService<IBus>().Publish(
            new FixtureScheduled(nowhere, "E0", "2021/22", "Nowhere Town", "Arsenal", brentford.KickOff.AddDays(1), DateTimeOffset.UtcNow), Ct);
        await Eventually.UntilAsync(async () => { await odds.DrainAsync(Ct); return Latest(odds, nowhere) is not null; }, TimeSpan.FromSeconds(60), "Nowhere Town's book", Ct);
        var newcomer = (await system.GetAsync<ExplanationDto>($"/api/books/{nowhere}/explain", Ct))!;
        Assert.Equal(TeamPrior.Newcomer, newcomer.HomePrior!.Kind);
        Assert.Equal(ProductionModel.GoalOptions.NewcomerPrior, newcomer.HomePrior.Attack);
        Assert.Equal(ProductionModel.GoalOptions.NewcomerPrior, newcomer.Home!.Attack, 1e-12);
        Assert.Equal(0, newcomer.Home.Matches);
    }

    /// <summary>The promoted teams' priors under the current model, and the newest model version that showed them.</summary>
    private static async Task<(Dictionary<string, TeamPrior> Priors, int Version)> PriorsAsync(CompilerSystem system, IReadOnlyList<FixtureDto> scheduled, string[] teams)
    {
        var priors = new Dictionary<string, TeamPrior>(StringComparer.Ordinal);
        var version = 0;
        foreach (var fixture in scheduled.Where(f => teams.Contains(f.HomeTeam.Name) || teams.Contains(f.AwayTeam.Name)))
        {
            using var response = await system.CompilerClient.GetAsync($"/api/books/{fixture.Id}/explain", Ct);
            if (!response.IsSuccessStatusCode)
            {
                continue;
            }

            var explanation = (await response.Content.ReadFromJsonAsync<ExplanationDto>(CompilerSystem.Json, Ct))!;
            version = Math.Max(version, VersionNumber(explanation.ModelVersion));
            foreach (var (team, prior) in new[] { (fixture.HomeTeam.Name, explanation.HomePrior), (fixture.AwayTeam.Name, explanation.AwayPrior) })
            {
                if (teams.Contains(team) && prior is not null)
                {
                    priors[team] = prior;
                }
            }
        }

        return (priors, version);
    }

    /// <summary>The snapshot number in a model version label such as "E0.7".</summary>
    private static int VersionNumber(string modelVersion) => int.Parse(modelVersion[(modelVersion.LastIndexOf('.') + 1)..], CultureInfo.InvariantCulture);

    private static OddsCompiled? Latest(OddsProbe probe, Guid fixtureId)
    {
        probe.DrainAsync(Ct).GetAwaiter().GetResult();
        return probe.Received.LastOrDefault(o => o.FixtureId == fixtureId);
    }

    private static async Task<List<TeamRatingRecord>> CompilerRatingsAsync(CompilerSystem system)
    {
        await using var scope = system.Compiler.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<OddsCompilerDbContext>().TeamRatings.AsNoTracking().Where(r => r.CompetitionId == "E0").ToListAsync(Ct);
    }

    private static void AssertMatchOdds(ScoreMatrix expected, OddsCompiled book)
    {
        var matchOdds = book.Markets.Single(m => m.MarketType == "MATCH_ODDS").Selections;
        Assert.Equal(["HOME", "DRAW", "AWAY"], matchOdds.Select(s => s.Selection));
        Assert.Equal(expected.HomeWin, matchOdds[0].Probability, 1e-9);
        Assert.Equal(expected.Draw, matchOdds[1].Probability, 1e-9);
        Assert.Equal(expected.AwayWin, matchOdds[2].Probability, 1e-9);
    }
}
