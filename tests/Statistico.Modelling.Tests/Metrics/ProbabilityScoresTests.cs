using Statistico.Modelling.Metrics;

namespace Statistico.Modelling.Tests.Metrics;

[Trait("Category", "Unit")]
public sealed class ProbabilityScoresTests
{
    private static readonly double[] Forecast = [0.5, 0.3, 0.2];

    [Theory]
    [InlineData(0, 0.145)] // ((0.5−1)² + (0.8−1)²)/2
    [InlineData(1, 0.145)] // ((0.5−0)² + (0.8−1)²)/2
    [InlineData(2, 0.445)] // ((0.5−0)² + (0.8−0)²)/2
    public void Rps_matches_worked_examples(int outcome, double expected)
    {
        Assert.Equal(expected, ProbabilityScores.RankedProbabilityScore(Forecast, outcome), 12);
    }

    [Fact]
    public void Rps_rewards_probability_near_the_outcome()
    {
        // Both forecasts give the away win 0.2 but the second puts its miss on the draw.
        double[] nearMiss = [0.2, 0.6, 0.2];
        double[] farMiss = [0.6, 0.2, 0.2];

        Assert.True(ProbabilityScores.RankedProbabilityScore(nearMiss, 2) < ProbabilityScores.RankedProbabilityScore(farMiss, 2));
        Assert.Equal(0, ProbabilityScores.RankedProbabilityScore([0, 0, 1], 2), 12);
    }

    [Fact]
    public void Log_loss_brier_and_accuracy_match_worked_examples()
    {
        Assert.Equal(-Math.Log(0.5), ProbabilityScores.LogLoss(Forecast, 0), 12);
        Assert.Equal(0.38, ProbabilityScores.Brier(Forecast, 0), 12); // 0.25 + 0.09 + 0.04
        Assert.Equal(0.98, ProbabilityScores.Brier(Forecast, 2), 12); // 0.25 + 0.09 + 0.64
        Assert.True(ProbabilityScores.IsCorrect(Forecast, 0));
        Assert.False(ProbabilityScores.IsCorrect(Forecast, 1));
        Assert.Equal(-Math.Log(ProbabilityScores.LogFloor), ProbabilityScores.LogLoss([1, 0], 1), 9);
    }

    [Fact]
    public void Scorecard_averages_the_scores()
    {
        var card = new ForecastScorecard();
        card.Add(Forecast, 0);
        card.Add(Forecast, 2);

        Assert.Equal(2, card.Count);
        Assert.Equal((0.145 + 0.445) / 2, card.RankedProbabilityScore, 12);
        Assert.Equal((0.38 + 0.98) / 2, card.Brier, 12);
        Assert.Equal(0.5, card.Accuracy, 12);
        Assert.Equal((-Math.Log(0.5) - Math.Log(0.2)) / 2, card.LogLoss, 12);
    }

    [Fact]
    public void Out_of_range_outcome_is_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ProbabilityScores.RankedProbabilityScore(Forecast, 3));
    }
}
