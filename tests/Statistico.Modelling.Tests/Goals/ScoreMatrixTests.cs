using Statistico.Modelling.Goals;

namespace Statistico.Modelling.Tests.Goals;

[Trait("Category", "Unit")]
public sealed class ScoreMatrixTests
{
    [Fact]
    public void Independent_poisson_matrix_sums_to_one_and_has_the_right_means()
    {
        var matrix = ScoreMatrix.IndependentPoisson(1.6, 1.1);

        Assert.Equal(1.0, matrix.Probability((_, _) => true), 12);
        Assert.Equal(1.0, matrix.HomeWin + matrix.Draw + matrix.AwayWin, 12);
        Assert.Equal(1.6, matrix.ExpectedHomeGoals, 4);
        Assert.Equal(1.1, matrix.ExpectedAwayGoals, 4);
    }

    [Fact]
    public void Weights_laid_out_as_cells_give_the_matrix_of_the_same_weights_bit_for_bit()
    {
        var random = new Random(Statistico.Testing.TestSeed.Fixed(3));
        var cells = new double[11 * 11];
        for (var i = 0; i < cells.Length; i++)
        {
            cells[i] = random.NextDouble() * Math.Exp(-i / 12.0);
        }

        var expected = ScoreMatrix.FromWeights(10, (h, a) => cells[(h * 11) + a]);
        var matrix = ScoreMatrix.FromWeightCells(10, (double[])cells.Clone());

        for (var h = 0; h <= 10; h++)
        {
            for (var a = 0; a <= 10; a++)
            {
                Assert.Equal(expected[h, a], matrix[h, a]);
            }
        }

        Assert.Equal(expected.HomeWin, matrix.HomeWin);
        Assert.Equal(expected.Draw, matrix.Draw);
        Assert.Equal(expected.AwayWin, matrix.AwayWin);
        Assert.Throws<ArgumentException>(() => ScoreMatrix.FromWeightCells(10, new double[121]));
        Assert.Throws<ArgumentException>(() => ScoreMatrix.FromWeightCells(10, [.. Enumerable.Repeat(-1.0, 121)]));
    }

    [Fact]
    public void Cell_matches_hand_computed_poisson_product()
    {
        var matrix = ScoreMatrix.IndependentPoisson(1.5, 1.0);

        // P(2-1) = e^-1.5 · 1.5²/2 · e^-1 · 1 = 0.25102143... (mass beyond 10 goals is ~1e-7).
        var expected = Math.Exp(-1.5) * 1.125 * Math.Exp(-1.0);
        Assert.Equal(expected, matrix[2, 1], 6);
        Assert.Equal(0, matrix[11, 0]);
    }

    [Fact]
    public void Goal_difference_distribution_agrees_with_match_odds()
    {
        var matrix = ScoreMatrix.IndependentPoisson(1.4, 1.2);
        var difference = matrix.GoalDifferenceDistribution();

        Assert.Equal(matrix.Draw, difference[matrix.MaxGoals], 12);
        Assert.Equal(matrix.HomeWin, difference.Skip(matrix.MaxGoals + 1).Sum(), 12);
        Assert.Equal(matrix.AwayWin, difference.Take(matrix.MaxGoals).Sum(), 12);
    }

    [Fact]
    public void Negative_weights_are_rejected()
    {
        Assert.Throws<ArgumentException>(() => ScoreMatrix.FromWeights(2, (h, _) => h == 1 ? -1 : 1));
    }

    [Fact]
    public void Dixon_coles_correction_with_negative_rho_raises_draws_at_low_scores()
    {
        var independent = ScoreMatrix.IndependentPoisson(1.3, 1.1);
        var corrected = DixonColesCorrection.Matrix(1.3, 1.1, -0.1);

        Assert.True(corrected[0, 0] > independent[0, 0]);
        Assert.True(corrected[1, 1] > independent[1, 1]);
        Assert.True(corrected[1, 0] < independent[1, 0]);
        Assert.True(corrected.Draw > independent.Draw);
        Assert.Equal(1.0, corrected.HomeWin + corrected.Draw + corrected.AwayWin, 12);
    }
}
