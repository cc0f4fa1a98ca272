using System.Net;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Statistico.Contracts.FootballData;
using Statistico.Contracts.Odds;
using Statistico.Modelling.MarketInformed;
using Statistico.OddsCompiler.Apis;
using Statistico.OddsCompiler.Data;
using Statistico.OddsCompiler.MarketInformed;
using Statistico.Testing;

namespace Statistico.OddsCompiler.Tests;

/// <summary>
/// The market-informed book (issue 21, ADR 1102) on the real broker and databases: a season imported into the real
/// Football Data service prices the next matchday, and exchange observations published on the bus (in the binary wire
/// format, as the Odds Checker sends them) reach the compiler, which publishes a second book per priced fixture under
/// the model name "market-informed".
/// </summary>
[Trait("Category", "System")]
public sealed class MarketInformedBookTests(TestInfrastructure infrastructure)
{
    private const string MarketInformedName = "market-informed";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Prices_before_kick_off_give_a_market_informed_book_and_a_fixture_without_prices_gets_none()
    {
        var (system, probe, fixtures) = await StartAsync("oc-mi-book");
        await using var _ = system;
        await using var __ = probe;
        var fixture = LeastLikelyHomeWin(fixtures, probe);
        var stats = probe.Received.Single(b => b.FixtureId == fixture.Id);
        var statsHome = Home(stats);
        Assert.True(Math.Abs(statsHome - 0.70) > 0.05, $"the stats model's HOME ({statsHome}) is too close to the market's for the test to tell them apart");
        var unpriced = fixtures.First(f => f.Id != fixture.Id);

        // Our own compiled book, as the Odds Checker republishes it, is not a market: pooling it would pool the model with itself.
        var ownBook = await PublishAsync(system, new MarketOddsObserved(Guid.NewGuid(), "statistico",
            [MarketObservations.MatchOdds(unpriced.Id, unpriced.KickOff.AddHours(-20), 0.6, 0.25, 0.15)]));
        var observedAt = fixture.KickOff.AddHours(-20);
        await PublishAsync(system, new MarketOddsObserved(Guid.NewGuid(), "betfair",
            [MarketObservations.MatchOdds(fixture.Id, observedAt, 0.70, 0.18, 0.12), MarketObservations.OverUnder25(fixture.Id, observedAt, 0.58)]));

        var informed = await InformedBookAsync(probe, fixture.Id, _ => true);
        // With no finished fixture priced yet the weights are the prior, "trust the lead market alone": the book is the
        // market's margin-free 1X2 and over/under, and every other market comes from the same calibrated matrix.
        Assert.Equal($"{stats.ModelVersion}+0", informed.ModelVersion);
        Assert.Equal(0.70, Home(informed), 1e-6);
        Assert.Equal(0.58, Selection(informed, "OVER_UNDER_25", "OVER"), 1e-6);
        Assert.Equal(stats.Markets.Select(m => (m.MarketType, m.Line)), informed.Markets.Select(m => (m.MarketType, m.Line)));
        Assert.True(Math.Abs(informed.ExpectedHomeGoals!.Value - stats.ExpectedHomeGoals!.Value) > 0.01, "the calibrated matrix should expect other home goals than the stats model's");
        Assert.Equal(
            Selection(informed, "DOUBLE_CHANCE", "HOME_DRAW"),
            Selection(informed, "MATCH_ODDS", "HOME") + Selection(informed, "MATCH_ODDS", "DRAW"), 9);

        await InboxEvidence.ConsumedAsync(system.CompilerDatabase, ownBook, 1, Patience, Ct);
        await SettledAsync(system, probe);
        Assert.Single(probe.Received, b => b.ModelName == MarketInformedName);
        // The stats book stays as it was: the refresh the prices asked for found none of its prices moved.
        Assert.Single(probe.Received, b => b.FixtureId == fixture.Id && b.ModelName != MarketInformedName);

        var api = (await system.GetAsync<BookDto>($"/api/books/{fixture.Id}?model=market-informed", Ct))!;
        Assert.Equal((MarketInformedName, informed.ModelVersion), (api.ModelName, api.ModelVersion));
        Assert.Equal(stats.ModelName, (await system.GetAsync<BookDto>($"/api/books/{fixture.Id}", Ct))!.ModelName);
        using var none = await system.CompilerClient.GetAsync($"/api/books/{unpriced.Id}?model=market-informed", Ct);
        Assert.Equal(HttpStatusCode.NotFound, none.StatusCode);
        Assert.Contains("market price", await none.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    /// <summary>
    /// A price observed before the compiler heard of its fixture (the announcement still on its way) is kept: the Odds
    /// Checker publishes a market only when it changes, so a quiet market would not send it again. The fixture's
    /// announcement then prices it.
    /// </summary>
    [Fact]
    public async Task A_price_observed_before_its_fixture_is_announced_prices_the_fixture_once_it_is()
    {
        var (system, probe, fixtures) = await StartAsync("oc-mi-early-price");
        await using var _ = system;
        await using var __ = probe;
        var template = fixtures[0];
        var announced = Guid.NewGuid();
        var kickOff = template.KickOff.AddDays(7);

        var early = await PublishAsync(system, new MarketOddsObserved(Guid.NewGuid(), "betfair",
            [MarketObservations.MatchOdds(announced, kickOff.AddHours(-20), 0.70, 0.18, 0.12), MarketObservations.OverUnder25(announced, kickOff.AddHours(-20), 0.58)]));
        await InboxEvidence.ConsumedAsync(system.CompilerDatabase, early, 1, Patience, Ct);
        Assert.Equal(2, (await PricesAsync(system, announced)).Count);

        await system.Compiler.Services.GetRequiredService<IBus>().Publish(
            new FixtureScheduled(announced, template.CompetitionId, template.Season, template.AwayTeam, template.HomeTeam, kickOff, DateTimeOffset.UtcNow), Ct);
        var informed = await InformedBookAsync(probe, announced, _ => true);
        Assert.Equal(0.70, Home(informed), 1e-6);
        Assert.Equal(0.58, Selection(informed, "OVER_UNDER_25", "OVER"), 1e-6);
    }

    [Fact]
    public async Task In_play_after_kick_off_older_and_duplicate_observations_change_nothing()
    {
        var (system, probe, fixtures) = await StartAsync("oc-mi-ignored");
        await using var _ = system;
        await using var __ = probe;
        var fixture = fixtures[1];
        var kickOff = fixture.KickOff;

        var inPlay = await PublishAsync(system, new MarketOddsObserved(Guid.NewGuid(), "betfair",
            [MarketObservations.MatchOdds(fixture.Id, kickOff.AddMinutes(-30), 0.2, 0.3, 0.5, inPlay: true)]));
        var afterKickOff = await PublishAsync(system, new MarketOddsObserved(Guid.NewGuid(), "betfair",
            [MarketObservations.MatchOdds(fixture.Id, kickOff.AddMinutes(5), 0.2, 0.3, 0.5)]));
        var suspended = await PublishAsync(system, new MarketOddsObserved(Guid.NewGuid(), "betfair",
            [MarketObservations.MatchOdds(fixture.Id, kickOff.AddMinutes(-10), 0.2, 0.3, 0.5) with { Status = "SUSPENDED" }]));
        foreach (var id in new[] { inPlay, afterKickOff, suspended })
        {
            await InboxEvidence.ConsumedAsync(system.CompilerDatabase, id, 1, Patience, Ct);
        }

        await SettledAsync(system, probe);
        Assert.DoesNotContain(probe.Received, b => b.ModelName == MarketInformedName);
        Assert.Empty(await PricesAsync(system, fixture.Id));

        var valid = new MarketOddsObserved(Guid.NewGuid(), "betfair", [MarketObservations.MatchOdds(fixture.Id, kickOff.AddHours(-3), 0.66, 0.2, 0.14)]);
        var validId = await PublishAsync(system, valid);
        Assert.Equal(0.66, Home(await InformedBookAsync(probe, fixture.Id, _ => true)), 1e-6);

        // An older observation delivered late, the same observation in a new batch, and the same message redelivered.
        var older = await PublishAsync(system, new MarketOddsObserved(Guid.NewGuid(), "betfair",
            [MarketObservations.MatchOdds(fixture.Id, kickOff.AddHours(-4), 0.40, 0.30, 0.30)]));
        var again = await PublishAsync(system, valid with { BatchId = Guid.NewGuid() });
        await PublishAsync(system, valid, validId);
        await InboxEvidence.ConsumedAsync(system.CompilerDatabase, older, 1, Patience, Ct);
        await InboxEvidence.ConsumedAsync(system.CompilerDatabase, again, 1, Patience, Ct);
        await InboxEvidence.ConsumedAsync(system.CompilerDatabase, validId, 2, Patience, Ct);
        await SettledAsync(system, probe);
        Assert.Single(probe.Received, b => b.ModelName == MarketInformedName);
        var stored = Assert.Single(await PricesAsync(system, fixture.Id));
        Assert.Equal((kickOff.AddHours(-3), 0.66), (stored.ObservedAt, Math.Round(stored.First, 9)));

        // A newer one still moves the book: the pipeline was listening all along.
        await PublishAsync(system, new MarketOddsObserved(Guid.NewGuid(), "betfair", [MarketObservations.MatchOdds(fixture.Id, kickOff.AddHours(-1), 0.55, 0.25, 0.20)]));
        Assert.Equal(0.55, Home(await InformedBookAsync(probe, fixture.Id, b => Math.Abs(Home(b) - 0.66) > 1e-3)), 1e-6);
    }

    [Fact]
    public async Task The_pool_weights_learn_only_from_matches_finished_and_priced_before_the_decision_time()
    {
        var (system, probe, fixtures) = await StartAsync("oc-mi-weights", new Dictionary<string, string?> { ["OddsCompiler:MarketInformed:Ridge"] = "1" });
        await using var _ = system;
        await using var __ = probe;
        // The stats model's least likely home win, so a market at 0.62 is well away from it.
        var fixture = LeastLikelyHomeWin(fixtures, probe);
        var kickOff = fixture.KickOff;
        // Finished fixtures of another league with the stats model's forecast and a price, all before the decision time...
        var history = TrainingHistory.Generate(kickOff.AddDays(-30), count: 300, seed: 1);
        // ...and ones the decision may not know: still being played at kick-off (an hour before), played after it, and
        // one whose only price was observed after its own kick-off. Each was won by the side the market backed hardest.
        var late = TrainingHistory.Generate(kickOff.AddHours(-1), count: 40, seed: 2, marketIsRight: true);
        var pricedInPlay = TrainingHistory.Generate(kickOff.AddDays(-20), count: 40, seed: 3, marketIsRight: true);
        await SeedAsync(system, history, priceObservedAfterKickOff: false);
        await SeedAsync(system, late, priceObservedAfterKickOff: false);
        await SeedAsync(system, pricedInPlay, priceObservedAfterKickOff: true);

        var observed = MarketObservations.MatchOdds(fixture.Id, kickOff.AddHours(-6), 0.62, 0.22, 0.16);
        await PublishAsync(system, new MarketOddsObserved(Guid.NewGuid(), "betfair", [observed]));
        var informed = await InformedBookAsync(probe, fixture.Id, _ => true);

        Assert.Equal($"{probe.Received.First(b => b.FixtureId == fixture.Id).ModelVersion}+300", informed.ModelVersion);
        var statsScores = await StatsScoresAsync(system, fixture.Id);
        var match = new MarketInformedMatch(
            new Modelling.Goals.MatchRecord(DateOnly.FromDateTime(kickOff.UtcDateTime), fixture.HomeTeam, fixture.AwayTeam, 0, 0),
            statsScores,
            new MarketQuotes([ExchangeProbabilities.Of(observed)], [null]));
        var options = new MarketInformedOptions { Ridge = 1 };
        var expected = MarketInformedModel.Fit([.. history.Select(t => t.Match)], 1, 1, options).Predict(match)!;
        var lookingAhead = MarketInformedModel.Fit([.. history.Concat(late).Concat(pricedInPlay).Select(t => t.Match)], 1, 1, options).Predict(match)!;
        Assert.Equal(expected.HomeWin, Home(informed), 1e-9);
        Assert.True(Math.Abs(lookingAhead.HomeWin - expected.HomeWin) > 1e-3, "the late matches would have moved the weights; the test could not tell");
        // Both sources carried information in training, so the book lies between the stats model's HOME and the market's.
        Assert.InRange(Home(informed), Math.Min(statsScores.HomeWin, 0.62) + 1e-3, Math.Max(statsScores.HomeWin, 0.62) - 1e-3);
    }

    private async Task<(CompilerSystem System, OddsProbe Probe, List<PricedFixture> Fixtures)> StartAsync(
        string purpose, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var system = await CompilerSystem.StartAsync(infrastructure, purpose, settings);
        var probe = await OddsProbe.BindAsync(system.VirtualHost.BrokerUri, Ct);
        await system.FootballData.ImportFootballDataCoUkAsync("E0/2021-22.csv", SeasonFile.WithUnplayed("E0", "2021-22", unplayed: 10), Ct);
        await probe.WaitForFixturesAsync(10, TimeSpan.FromSeconds(90), Ct);
        await using var scope = system.Compiler.Services.CreateAsyncScope();
        var fixtures = await scope.ServiceProvider.GetRequiredService<OddsCompilerDbContext>().Fixtures.AsNoTracking()
            .Where(f => f.Status == FixtureStatus.Scheduled).OrderBy(f => f.KickOff).ThenBy(f => f.Id).ToListAsync(Ct);
        Assert.Equal(10, fixtures.Count);
        return (system, probe, fixtures);
    }

    private static PricedFixture LeastLikelyHomeWin(List<PricedFixture> fixtures, OddsProbe probe) =>
        fixtures.OrderBy(f => Home(probe.Received.First(b => b.FixtureId == f.Id))).First();

    private static async Task<Guid> PublishAsync(CompilerSystem system, MarketOddsObserved message, Guid? messageId = null)
    {
        var id = messageId ?? NewId.NextGuid();
        await system.Compiler.Services.GetRequiredService<IBus>().Publish(message, context => context.MessageId = id, Ct);
        return id;
    }

    private static async Task<OddsCompiled> InformedBookAsync(OddsProbe probe, Guid fixtureId, Func<OddsCompiled, bool> condition)
    {
        OddsCompiled? found = null;
        await Eventually.UntilAsync(
            async () =>
            {
                await probe.DrainAsync(Ct);
                found = probe.Received.LastOrDefault(b => b.FixtureId == fixtureId && b.ModelName == MarketInformedName && condition(b));
                return found is not null;
            },
            Patience, $"a market-informed book for {fixtureId}", Ct);
        return found!;
    }

    /// <summary>Whatever the messages caused has left the outbox and had time to arrive, and any refresh they asked for has run.</summary>
    private static async Task SettledAsync(CompilerSystem system, OddsProbe probe)
    {
        await Task.Delay(TimeSpan.FromSeconds(1.5), Ct); // ten quiet periods: a requested refresh has run
        await InboxEvidence.OutboxDrainedAsync(system.CompilerDatabase, Patience, Ct);
        await Task.Delay(TimeSpan.FromMilliseconds(500), Ct);
        await probe.DrainAsync(Ct);
    }

    private static async Task<List<MarketPriceRecord>> PricesAsync(CompilerSystem system, Guid fixtureId)
    {
        await using var scope = system.Compiler.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<OddsCompilerDbContext>().MarketPrices.AsNoTracking().Where(p => p.FixtureId == fixtureId).ToListAsync(Ct);
    }

    private static async Task<Modelling.Goals.ScoreMatrix> StatsScoresAsync(CompilerSystem system, Guid fixtureId)
    {
        await using var scope = system.Compiler.Services.CreateAsyncScope();
        var book = await scope.ServiceProvider.GetRequiredService<OddsCompilerDbContext>().MarketInformedBooks.AsNoTracking().SingleAsync(b => b.FixtureId == fixtureId, Ct);
        return StoredScores.FromJson(book.StatsScores!);
    }

    /// <summary>Stores finished matches of another league as the compiler would have: result, pre-kick-off stats forecast, price.</summary>
    private static async Task SeedAsync(CompilerSystem system, List<TrainingMatch> matches, bool priceObservedAfterKickOff)
    {
        await using var scope = system.Compiler.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OddsCompilerDbContext>();
        foreach (var (kickOff, match) in matches)
        {
            var id = Guid.NewGuid();
            db.PlayedMatches.Add(new PlayedMatch
            {
                FixtureId = id, CompetitionId = "X9", HomeTeam = match.Match.HomeTeam, AwayTeam = match.Match.AwayTeam, KickOff = kickOff,
                HomeGoals = match.Match.HomeGoals, AwayGoals = match.Match.AwayGoals, Revision = 1,
            });
            db.MarketInformedBooks.Add(new MarketInformedBook
            {
                FixtureId = id, ModelVersion = "X9.1+0", CompiledAt = kickOff.AddHours(-1), Markets = "[]",
                StatsScores = StoredScores.ToJson(match.Model), StatsAsOf = DateOnly.FromDateTime(kickOff.UtcDateTime),
            });
            var p = match.Quotes.MatchOdds[0]!;
            db.MarketPrices.Add(new MarketPriceRecord
            {
                FixtureId = id, Source = "betfair", MarketType = "MATCH_ODDS", ObservedAt = kickOff.AddMinutes(priceObservedAfterKickOff ? 10 : -60),
                First = p[0], Second = p[1], Third = p[2],
            });
        }

        await db.SaveChangesAsync(Ct);
    }

    private static double Home(OddsCompiled book) => Selection(book, "MATCH_ODDS", "HOME");

    private static double Selection(OddsCompiled book, string marketType, string selection) =>
        book.Markets.Single(m => m.MarketType == marketType).Selections.Single(s => s.Selection == selection).Probability;
}
