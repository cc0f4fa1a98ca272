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

    [Theory]
    [InlineData(1.4, 1.1, 10, 0.5, 0.27, 0.23, 0.58)]
    [InlineData(2.6, 0.4, 10, 0.2, 0.3, 0.5, 0.35)]
    [InlineData(1.2, 1.0, 3, 0.45, 0.3, 0.25, 0.4)]
    [InlineData(1.2, 1.0, 1, 0.45, 0.3, 0.25, 0.4)]
    [InlineData(1.5, 1.2, 10, 0.45, 0.3, 0.25, null)]
    public void Fitting_on_the_six_group_totals_gives_the_matrix_that_rescaling_every_cell_gives(
        double homeMean, double awayMean, int maxGoals, double home, double draw, double away, double? over)
    {
        var scores = ScoreMatrix.IndependentPoisson(homeMean, awayMean, maxGoals);

        var calibrated = ScoreMatrixCalibration.Calibrate(scores, [home, draw, away], over);
        var reference = CellByCell(scores, [home, draw, away], over);

        for (var h = 0; h <= maxGoals; h++)
        {
            for (var a = 0; a <= maxGoals; a++)
            {
                Assert.Equal(reference[h, a], calibrated[h, a], 1e-12);
            }
        }
    }

    // The iterative proportional fitting as it ran before ADR 1103: every sweep rescales all the cells of each
    // 1X2 outcome, then of each goal-line side, until the 1X2 totals are within 1e-12.
    private static ScoreMatrix CellByCell(ScoreMatrix scores, double[] target, double? over)
    {
        var size = scores.MaxGoals + 1;
        var cells = new double[size, size];
        for (var h = 0; h < size; h++)
        {
            for (var a = 0; a < size; a++)
            {
                cells[h, a] = Math.Max(scores[h, a], 1e-15);
            }
        }

        var sum = target.Sum();
        target = [.. target.Select(t => t / sum)];
        for (var sweep = 0; sweep < 200; sweep++)
        {
            var totals = Totals(cells, (h, a) => h > a ? 0 : h == a ? 1 : 2, 3);
            Scale(cells, (h, a) => h > a ? 0 : h == a ? 1 : 2, [.. target.Select((t, k) => t / totals[k])]);
            if (over is not { } o)
            {
                break;
            }

            var sides = Totals(cells, (h, a) => h + a > 2 ? 0 : 1, 2);
            Scale(cells, (h, a) => h + a > 2 ? 0 : 1, [o / sides[0], (1 - o) / sides[1]]);
            var outcomes = Totals(cells, (h, a) => h > a ? 0 : h == a ? 1 : 2, 3);
            if (Enumerable.Range(0, 3).Max(k => Math.Abs(outcomes[k] - target[k])) < 1e-12)
            {
                break;
            }
        }

        return ScoreMatrix.FromWeights(scores.MaxGoals, (h, a) => cells[h, a]);
    }

    private static double[] Totals(double[,] cells, Func<int, int, int> group, int groups)
    {
        var totals = new double[groups];
        for (var h = 0; h < cells.GetLength(0); h++)
        {
            for (var a = 0; a < cells.GetLength(1); a++)
            {
                totals[group(h, a)] += cells[h, a];
            }
        }

        return totals;
    }

    private static void Scale(double[,] cells, Func<int, int, int> group, double[] factors)
    {
        for (var h = 0; h < cells.GetLength(0); h++)
        {
            for (var a = 0; a < cells.GetLength(1); a++)
            {
                cells[h, a] *= factors[group(h, a)];
            }
        }
    }
}
