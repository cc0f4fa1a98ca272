namespace Statistico.Modelling.Goals;

/// <summary>
/// Karlis and Ntzoufras' bivariate Poisson: X = X₁ + X₃, Y = X₂ + X₃ with independent
/// Xᵢ ~ Poisson(λᵢ), so λ₃ is the covariance of home and away goals.
/// P(x, y) = Σₖ Pois(x − k; λ₁)·Pois(y − k; λ₂)·Pois(k; λ₃).
/// </summary>
public static class BivariatePoisson
{
    /// <summary>P(X = x, Y = y); zero for negative counts.</summary>
    public static double Probability(int x, int y, double lambda1, double lambda2, double lambda3)
    {
        if (x < 0 || y < 0)
        {
            return 0;
        }

        var p1 = Poisson.Probabilities(lambda1, x);
        var p2 = Poisson.Probabilities(lambda2, y);
        var p3 = Poisson.Probabilities(lambda3, Math.Min(x, y));
        var sum = 0.0;
        for (var k = 0; k <= Math.Min(x, y); k++)
        {
            sum += p1[x - k] * p2[y - k] * p3[k];
        }

        return sum;
    }

    /// <summary>The score matrix of a bivariate Poisson.</summary>
    public static ScoreMatrix Matrix(double lambda1, double lambda2, double lambda3, int maxGoals = ScoreMatrix.DefaultMaxGoals)
    {
        var p1 = Poisson.Probabilities(lambda1, maxGoals);
        var p2 = Poisson.Probabilities(lambda2, maxGoals);
        var p3 = Poisson.Probabilities(lambda3, maxGoals);
        return ScoreMatrix.FromWeights(maxGoals, (x, y) =>
        {
            var sum = 0.0;
            for (var k = 0; k <= Math.Min(x, y); k++)
            {
                sum += p1[x - k] * p2[y - k] * p3[k];
            }

            return sum;
        });
    }
}
