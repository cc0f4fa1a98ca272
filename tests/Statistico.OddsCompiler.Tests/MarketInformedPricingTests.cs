using Statistico.Contracts.FootballData;
using Statistico.Modelling.Goals;
using Statistico.Modelling.MarketInformed;
using Statistico.OddsCompiler.Data;
using Statistico.OddsCompiler.MarketInformed;

namespace Statistico.OddsCompiler.Tests;

/// <summary>
/// The pool weights of a fixture learn only from matches finished by its kick-off, the decision time (ADR 1102): a match
/// that kicked off less than <see cref="MarketInformedSettings.ResultKnownAfter"/> before it, or after it, is not history.
/// </summary>
[Trait("Category", "Unit")]
public sealed class MarketInformedPricingTests
{
    private static readonly DateTimeOffset KickOff = new(2026, 8, 15, 15, 0, 0, TimeSpan.Zero);
    private static readonly MarketInformedSettings Settings = new() { Ridge = 1 };

    [Fact]
    public void Without_history_the_weights_are_the_prior_and_the_book_is_the_lead_market()
    {
        var fixture = Fixture();
        var stats = ScoreMatrix.IndependentPoisson(1.2, 1.2);
        var pricing = Pricing(fixture, []);

        var (matrix, trained) = pricing.Price(fixture, stats)!.Value;

        Assert.Equal(0, trained);
        Assert.Equal(0.62, matrix.HomeWin, 9);
        Assert.Equal(0.6, matrix.Probability((h, a) => h + a > 2), 9);
    }

    [Fact]
    public void Only_matches_finished_by_the_kick_off_train_the_weights()
    {
        var fixture = Fixture();
        var stats = ScoreMatrix.IndependentPoisson(1.2, 1.2);
        var history = History(KickOff.AddDays(-60), count: 120, seed: 1);
        // A match still being played at the decision time (kicked off an hour before) and two from after it, all won
        // by the side the market backed hardest: were they used, the weights would move towards the market.
        var late = new[] { KickOff.AddHours(-1), KickOff.AddHours(1), KickOff.AddDays(7) }
            .SelectMany((k, i) => History(k, count: 40, seed: 10 + i, marketIsRight: true)).ToList();
        var onlyHistory = Pricing(fixture, history).Price(fixture, stats)!.Value;
        var withLate = Pricing(fixture, [.. history, .. late]).Price(fixture, stats)!.Value;
        var lookingAhead = MarketInformedModel.Fit([.. history.Concat(late).Select(t => t.Match)], 1, 1, new MarketInformedOptions { Ridge = 1 })
            .Predict(new MarketInformedMatch(new MatchRecord(DateOnly.FromDateTime(KickOff.UtcDateTime), "Alpha", "Beta", 0, 0), stats, Quotes()))!;

        Assert.Equal(120, withLate.TrainingMatches);
        Assert.Equal(onlyHistory.Matrix.HomeWin, withLate.Matrix.HomeWin, 12);
        Assert.True(Math.Abs(lookingAhead.HomeWin - withLate.Matrix.HomeWin) > 1e-3, "the late matches would have moved the weights; the test could not tell");
        // Both sources carry information, so the book lies between the stats model and the market.
        Assert.InRange(withLate.Matrix.HomeWin, stats.HomeWin + 1e-3, 0.62 - 1e-3);
    }

    [Fact]
    public void A_match_that_kicked_off_exactly_the_result_delay_before_is_history()
    {
        var fixture = Fixture();
        var history = History(KickOff - Settings.ResultKnownAfter, count: 1, seed: 3);

        Assert.Equal(1, Pricing(fixture, history).Price(fixture, ScoreMatrix.IndependentPoisson(1.2, 1.2))!.Value.TrainingMatches);
        Assert.Equal(0, Pricing(fixture, History(KickOff - Settings.ResultKnownAfter + TimeSpan.FromSeconds(1), count: 1, seed: 3))
            .Price(fixture, ScoreMatrix.IndependentPoisson(1.2, 1.2))!.Value.TrainingMatches);
    }

    private static PricedFixture Fixture() => new()
    {
        Id = Guid.NewGuid(), CompetitionId = "E0", Season = "2026/27", HomeTeam = "Alpha", AwayTeam = "Beta", KickOff = KickOff,
        Status = FixtureStatus.Scheduled, Revision = 1,
    };

    private static MarketQuotes Quotes() => new([[0.62, 0.22, 0.16]], [[0.6, 0.4]]);

    private static MarketInformedPricing Pricing(PricedFixture fixture, List<TrainingMatch> training) =>
        new(new Dictionary<Guid, MarketQuotes> { [fixture.Id] = Quotes() }, [.. training.OrderBy(t => t.KickOff)], 1, Settings);

    private static List<TrainingMatch> History(DateTimeOffset from, int count, int seed, bool marketIsRight = false) =>
        TrainingHistory.Generate(from, count, seed, marketIsRight);
}
