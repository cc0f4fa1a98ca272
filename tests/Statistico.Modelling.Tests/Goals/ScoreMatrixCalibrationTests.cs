using Statistico.Modelling.Goals;
using Statistico.Modelling.MarketInformed;

namespace Statistico.Modelling.Tests.Goals;

[Trait("Category", "Unit")]
public sealed class ScoreMatrixCalibrationTests
{
    [Fact]
    public void The_calibrated_matrix_reproduces_the_target_1x2_and_over_under()
    {
        var scores = ScoreMatrix.IndependentPoisson(1.4, 1.1);

        var calibrated = ScoreMatrixCalibration.Calibrate(scores, [0.5, 0.27, 0.23], 0.58);

        Assert.Equal(0.5, calibrated.HomeWin, 9);
        Assert.Equal(0.27, calibrated.Draw, 9);
        Assert.Equal(0.23, calibrated.AwayWin, 9);
        Assert.Equal(0.58, calibrated.Probability((h, a) => h + a > 2), 9);
    }

    [Fact]
    public void Targets_the_matrix_already_meets_leave_it_unchanged()
    {
        var scores = ScoreMatrix.IndependentPoisson(1.6, 0.9);

        var calibrated = ScoreMatrixCalibration.Calibrate(scores, [scores.HomeWin, scores.Draw, scores.AwayWin], scores.Probability((h, a) => h + a > 2));

        Assert.Equal(scores[1, 1], calibrated[1, 1], 12);
        Assert.Equal(scores[3, 0], calibrated[3, 0], 12);
    }
}
