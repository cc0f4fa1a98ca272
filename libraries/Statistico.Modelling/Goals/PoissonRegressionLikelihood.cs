namespace Statistico.Modelling.Goals;

/// <summary>
/// Weighted Poisson regression: −Σ w·(y·xᵀβ − e^{xᵀβ}) / Σw + (κ/2)|β without intercept|², with
/// gradient Σ w·(e^{xᵀβ} − y)·x / Σw + κβ. Rows are observations, column 0 is the intercept.
/// </summary>
internal sealed class PoissonRegressionLikelihood(double[][] covariates, double[] counts, double[] weights, double ridge)
{
    private readonly double _totalWeight = weights.Sum();

    public double Evaluate(ReadOnlySpan<double> beta, Span<double> gradient)
    {
        gradient.Clear();
        var value = 0.0;
        for (var i = 0; i < covariates.Length; i++)
        {
            var x = covariates[i];
            var eta = 0.0;
            for (var j = 0; j < x.Length; j++)
            {
                eta += x[j] * beta[j];
            }

            var rate = Math.Exp(eta);
            value -= weights[i] * ((counts[i] * eta) - rate);
            var residual = weights[i] * (rate - counts[i]);
            for (var j = 0; j < x.Length; j++)
            {
                gradient[j] += residual * x[j];
            }
        }

        value /= _totalWeight;
        for (var j = 0; j < gradient.Length; j++)
        {
            gradient[j] /= _totalWeight;
            if (j > 0)
            {
                value += 0.5 * ridge * beta[j] * beta[j];
                gradient[j] += ridge * beta[j];
            }
        }

        return value;
    }
}
