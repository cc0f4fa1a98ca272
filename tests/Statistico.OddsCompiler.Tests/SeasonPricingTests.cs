using System.Net;
using System.Net.Http.Json;
using MassTransit;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using Statistico.Contracts.FootballData;
using Statistico.FootballData.Client;
using Statistico.Modelling.Goals;
using Statistico.Modelling.Pricing;
using Statistico.OddsCompiler.Apis;
using Statistico.OddsCompiler.Refits;
using Statistico.Testing;

namespace Statistico.OddsCompiler.Tests;

/// <summary>
/// System tests on the real broker and databases: a season imported into the real Football Data service drives the
/// compiler, whose books are checked against the modelling library fitted on the same training data.
/// </summary>
[Trait("Category", "System")]
public sealed class SeasonPricingTests(TestInfrastructure infrastructure)
{
    private static readonly string[] DesignMarkets =
    [
        "MATCH_ODDS", "DOUBLE_CHANCE", "DRAW_NO_BET", "BOTH_TEAMS_TO_SCORE", "CORRECT_SCORE", "ASIAN_HANDICAP", "TEAM_TOTAL_GOALS",
        "OVER_UNDER_05", "OVER_UNDER_15", "OVER_UNDER_25", "OVER_UNDER_35", "OVER_UNDER_45", "OVER_UNDER_55", "OVER_UNDER_65",
    ];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Importing_a_season_prices_every_fixture_of_the_next_matchday_with_the_library_match_odds()
    {
        await using var system = await CompilerSystem.StartAsync(infrastructure, "oc-season");
        await using var probe = await OddsProbe.BindAsync(system.VirtualHost.BrokerUri, Ct);

        await system.FootballData.ImportFootballDataCoUkAsync("E0/2021-22.csv", SeasonFile.WithUnplayed("E0", "2021-22", unplayed: 10), Ct);
        var books = await probe.WaitForFixturesAsync(10, TimeSpan.FromSeconds(90), Ct);

        Assert.Equal(10, books.Count); // one book per fixture: a burst of 370 results is one refit
        var models = (await system.GetAsync<CompetitionModelsDto>("/api/models/E0", Ct))!;
        Assert.True(models.Priced);
        var snapshot = Assert.Single(models.Snapshots);
        Assert.Equal(370, snapshot.MatchCount);
        Assert.Equal(new DateOnly(2022, 5, 20), snapshot.AsOf); // the day after the last result
        var fit = ProductionModel.Create().Fit(await TrainingDataAsync(system.FootballData, snapshot, Ct), snapshot.AsOf);
        foreach (var book in books)
        {
            var fixture = (await system.FootballData.GetFixtureAsync(book.FixtureId, Ct))!;
            Assert.Equal(FixtureStatus.Scheduled, fixture.Status);
            Assert.Equal($"E0.{snapshot.Version}", book.ModelVersion);
            var expected = fit.Predict(fixture.HomeTeam.Name, fixture.AwayTeam.Name);
            var matchOdds = book.Markets.Single(m => m.MarketType == "MATCH_ODDS").Selections;
            Assert.Equal(["HOME", "DRAW", "AWAY"], matchOdds.Select(s => s.Selection));
            Assert.Equal(expected.HomeWin, matchOdds[0].Probability, 1e-9);
            Assert.Equal(expected.Draw, matchOdds[1].Probability, 1e-9);
            Assert.Equal(expected.AwayWin, matchOdds[2].Probability, 1e-9);
            Assert.Equal(expected.ExpectedHomeGoals, book.ExpectedHomeGoals!.Value, 1e-9);
            Assert.Empty(DesignMarkets.Except(book.Markets.Select(m => m.MarketType)));
            Assert.All(book.Markets.SelectMany(m => m.Selections), s =>
            {
                Assert.True(BetfairTickLadder.IsTick((double)s.BookPrice), $"{s.Selection} book price {s.BookPrice} is not a tick");
                // The margin shortens every price, except where the ladder's floor (1.01) is already above fair.
                Assert.True(s.BookPrice <= Math.Max(s.FairPrice, 1.01m), $"{s.Selection} book price {s.BookPrice} above fair {s.FairPrice}");
            });
        }

        // The API serves the same book.
        var served = (await system.GetAsync<BookDto>($"/api/books/{books[0].FixtureId}", Ct))!;
        Assert.Equal(books[0].Markets.SelectMany(m => m.Selections).Select(s => s.BookPrice), served.Markets.SelectMany(m => m.Selections).Select(s => s.BookPrice));
    }

    [Fact]
    public async Task A_refit_on_unchanged_history_publishes_nothing_a_rescheduled_fixture_is_republished_and_a_new_result_refits()
    {
        await using var system = await CompilerSystem.StartAsync(infrastructure, "oc-republish");
        await using var probe = await OddsProbe.BindAsync(system.VirtualHost.BrokerUri, Ct);
        await system.FootballData.ImportFootballDataCoUkAsync("E0/2021-22.csv", SeasonFile.WithUnplayed("E0", "2021-22", unplayed: 10), Ct);
        var books = await probe.WaitForFixturesAsync(10, TimeSpan.FromSeconds(90), Ct);
        probe.Received.Clear();

        var checkedAt = await CompilerEvidence.CheckedAtAsync(system.Compiler, "E0", Ct);
        system.Compiler.Services.GetRequiredService<RefreshRequests>().Request("E0", refit: true);
        // Evidence before absence: the requested refit has committed, and the outbox has delivered whatever it published.
        await CompilerEvidence.RefittedAfterAsync(system.Compiler, "E0", checkedAt, Ct);
        await InboxEvidence.OutboxDrainedAsync(system.CompilerDatabase, TimeSpan.FromSeconds(30), Ct);
        await probe.DrainAsync(Ct);
        Assert.Empty(probe.Received);

        var moved = (await system.FootballData.GetFixtureAsync(books[0].FixtureId, Ct))!;
        var newKickOff = moved.KickOff.AddDays(3);
        await system.Compiler.Services.GetRequiredService<IBus>().Publish(
            new FixtureUpdated(moved.Id, FixtureStatus.Scheduled, newKickOff, DateTimeOffset.UtcNow) { PreviousKickOff = moved.KickOff, Revision = moved.Revision + 1 }, Ct);
        var republished = await probe.WaitForFixturesAsync(1, TimeSpan.FromSeconds(30), c => CompilerState.DescribeAsync(system.Compiler, "E0", c), Ct);

        var book = Assert.Single(republished);
        Assert.Equal(moved.Id, book.FixtureId);
        Assert.Equal(books[0].Markets.SelectMany(m => m.Selections), book.Markets.SelectMany(m => m.Selections));
        var served = (await system.GetAsync<BookDto>($"/api/books/{moved.Id}", Ct))!;
        Assert.Equal(newKickOff, served.KickOff);
        var explanation = (await system.GetAsync<ExplanationDto>($"/api/books/{moved.Id}/explain", Ct))!;
        Assert.Equal(book.ExpectedHomeGoals!.Value, explanation.ExpectedHomeGoals, 1e-12);
        Assert.NotNull(explanation.Home);
        Assert.InRange(explanation.Rho, -0.5, 0.5);

        // A result that kicked off together with the rest of the matchday is refitted at once: a new version, the
        // other nine re-published with the library's prices for the new history.
        probe.Received.Clear();
        await system.FootballData.ImportFootballDataCoUkAsync("E0/2021-22.csv", SeasonFile.WithUnplayed("E0", "2021-22", unplayed: 9), Ct);
        var refitted = await probe.WaitForFixturesAsync(9, TimeSpan.FromSeconds(30), c => CompilerState.DescribeAsync(system.Compiler, "E0", c), Ct);
        var models = (await system.GetAsync<CompetitionModelsDto>("/api/models/E0", Ct))!;
        Assert.Equal(2, models.Snapshots.Count);
        Assert.Equal(371, models.Snapshots[0].MatchCount);
        Assert.Equal(9, refitted.Count);
        Assert.All(refitted, b => Assert.Equal($"E0.{models.Snapshots[0].Version}", b.ModelVersion));
        var fit = ProductionModel.Create().Fit(await TrainingDataAsync(system.FootballData, models.Snapshots[0], Ct), models.Snapshots[0].AsOf);
        var first = (await system.FootballData.GetFixtureAsync(refitted[0].FixtureId, Ct))!;
        Assert.Equal(fit.Predict(first.HomeTeam.Name, first.AwayTeam.Name).HomeWin, refitted[0].Markets[0].Selections[0].Probability, 1e-9);

        // Walk-forward metrics from `statistico evaluate` are stored with a snapshot and served with it.
        using var put = await system.CompilerClient.PutAsJsonAsync($"/api/models/E0/snapshots/{models.Snapshots[0].Version}/evaluation", new { rps = 0.2030, logLoss = 0.9945, matches = 16545 }, Ct);
        Assert.Equal(HttpStatusCode.NoContent, put.StatusCode);
        var snapshot = (await system.GetAsync<SnapshotDto>($"/api/models/E0/snapshots/{models.Snapshots[0].Version}", Ct))!;
        Assert.Equal(0.2030, snapshot.Evaluation!.Value.GetProperty("rps").GetDouble());
        Assert.True(snapshot.Parameters!.Value.GetProperty("teams").TryGetProperty(first.HomeTeam.Name, out _));
    }

    [Fact]
    public async Task A_competition_with_too_little_history_publishes_nothing_and_says_why()
    {
        await using var system = await CompilerSystem.StartAsync(infrastructure, "oc-thin");
        await using var probe = await OddsProbe.BindAsync(system.VirtualHost.BrokerUri, Ct);
        await system.FootballData.ImportFootballDataCoUkAsync("E0/2021-22.csv", SeasonFile.WithUnplayed("E0", "2021-22", unplayed: 10, rows: 60), Ct);

        CompetitionModelsDto? models = null;
        await Eventually.UntilAsync(async () =>
        {
            using var response = await system.CompilerClient.GetAsync("/api/models/E0", Ct);
            models = response.IsSuccessStatusCode ? await response.Content.ReadFromJsonAsync<CompetitionModelsDto>(CompilerSystem.Json, Ct) : null;
            return models is not null;
        }, TimeSpan.FromSeconds(60), "the compiler's verdict on E0", Ct);

        Assert.False(models!.Priced);
        Assert.Contains("50 finished matches", models.Reason, StringComparison.Ordinal);
        Assert.Empty(models.Snapshots);
        var scheduled = await system.FootballData.GetFixturesAsync(new FixtureQuery { Competition = "E0", Status = FixtureStatus.Scheduled }, Ct);
        using var response = await system.CompilerClient.GetAsync($"/api/books/{scheduled.Items[0].Id}", Ct);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var problem = (await response.Content.ReadFromJsonAsync<ProblemDetails>(Ct))!;
        Assert.Contains("at least 100 are needed", problem.Detail, StringComparison.Ordinal);
        await probe.DrainAsync(Ct);
        Assert.Empty(probe.Received);
    }

    /// <summary>The snapshot's training window read back from Football Data, mapped and ordered by this test's own code.</summary>
    private static async Task<List<MatchRecord>> TrainingDataAsync(FootballDataClient footballData, SnapshotDto snapshot, CancellationToken cancellationToken)
    {
        var records = new List<MatchRecord>();
        await foreach (var f in footballData.GetAllFixturesAsync(new FixtureQuery { Competition = "E0", Status = FixtureStatus.Finished, PageSize = 500 }, cancellationToken))
        {
            var date = DateOnly.FromDateTime(f.KickOff.UtcDateTime);
            if (date >= snapshot.WindowFrom && date < snapshot.AsOf)
            {
                records.Add(new MatchRecord(date, f.HomeTeam.Name, f.AwayTeam.Name, f.Result!.HomeGoals, f.Result.AwayGoals)
                {
                    HomeShotsOnTarget = f.Result.HomeStatistics?.ShotsOnTarget,
                    AwayShotsOnTarget = f.Result.AwayStatistics?.ShotsOnTarget,
                    HomeCorners = f.Result.HomeStatistics?.Corners,
                    AwayCorners = f.Result.AwayStatistics?.Corners,
                });
            }
        }

        Assert.Equal(snapshot.MatchCount, records.Count);
        return [.. records.OrderBy(r => r.Date).ThenBy(r => r.HomeTeam, StringComparer.Ordinal)];
    }
}
