using Statistico.Modelling.Goals;
using Statistico.Modelling.MarketInformed;
using Statistico.Testing;

namespace Statistico.Modelling.Tests.MarketInformed;

[Trait("Category", "Unit")]
public sealed class MarketInformedModelTests
{
    [Fact]
    public void The_untrained_model_prices_the_lead_market_exactly()
    {
        var match = Match(new DateOnly(2020, 1, 1), 1, 0, lead: [0.5, 0.3, 0.2], other: [0.4, 0.3, 0.3], over: 0.55);

        var scores = MarketInformedModel.Untrained(2, 2).Predict(match)!;

        Assert.Equal(0.5, scores.HomeWin, 9);
        Assert.Equal(0.3, scores.Draw, 9);
        Assert.Equal(0.55, scores.Probability((h, a) => h + a > 2), 9);
    }

    [Fact]
    public void A_match_without_market_prices_gets_no_market_informed_forecast()
    {
        var match = new MarketInformedMatch(
            new MatchRecord(new DateOnly(2020, 1, 1), "A", "B", 1, 0), ScoreMatrix.IndependentPoisson(1.3, 1.1), new MarketQuotes([null, null], [null, null]));

        Assert.Null(MarketInformedModel.Untrained(2, 2).Predict(match));
    }

    [Fact]
    public void The_fit_learns_to_trust_the_source_that_knows_the_outcomes()
    {
        // Source 1 ("lead") is noise; source 2 knows the outcome odds the results are drawn from.
        var random = new Random(TestSeed.Fixed(5));
        var history = new List<MarketInformedMatch>();
        for (var i = 0; i < 3000; i++)
        {
            var home = 0.2 + (0.6 * random.NextDouble());
            var draw = (1 - home) * 0.45;
            double[] truth = [home, draw, 1 - home - draw];
            var u = random.NextDouble();
            var outcome = u < truth[0] ? 0 : u < truth[0] + truth[1] ? 1 : 2;
            var (hg, ag) = outcome == 0 ? (1, 0) : outcome == 1 ? (1, 1) : (0, 1);
            history.Add(Match(new DateOnly(2019, 1, 1).AddDays(i / 10), hg, ag, lead: Noise(random), other: truth, over: 0.5));
        }

        var fitted = MarketInformedModel.Fit(history, 2, 2, new MarketInformedOptions { Ridge = 1 });

        var weights = fitted.MatchOdds.Weights;
        Assert.True(weights[2] > 0.8, $"weights {string.Join(", ", weights)}");
        Assert.True(Math.Abs(weights[1]) < 0.3, $"weights {string.Join(", ", weights)}");
    }

    private static double[] Noise(Random random)
    {
        var home = 0.2 + (0.6 * random.NextDouble());
        var draw = (1 - home) * (0.3 + (0.3 * random.NextDouble()));
        return [home, draw, 1 - home - draw];
    }

    private static MarketInformedMatch Match(DateOnly date, int homeGoals, int awayGoals, double[] lead, double[] other, double over) =>
        new(new MatchRecord(date, "A", "B", homeGoals, awayGoals), ScoreMatrix.IndependentPoisson(1.3, 1.1), new MarketQuotes([lead, other], [[over, 1 - over], [over, 1 - over]]));
}
