using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.Optimization;

namespace Statistico.Modelling.Goals;

/// <summary>Maximum-likelihood fit of an <see cref="OrderedLogit"/> with BFGS and analytic gradients.</summary>
public static class OrderedLogitFitter
{
    /// <summary>Fits cut points and slope; outcomes are 0 home, 1 draw, 2 away.</summary>
    public static OrderedLogit Fit(IReadOnlyList<double> covariates, IReadOnlyList<int> outcomes, IReadOnlyList<double>? weights = null)
    {
        ArgumentNullException.ThrowIfNull(covariates);
        ArgumentNullException.ThrowIfNull(outcomes);
        if (covariates.Count == 0 || covariates.Count != outcomes.Count)
        {
            throw new ArgumentException("Need one outcome per covariate, and at least one.", nameof(outcomes));
        }

        var likelihood = new OrderedLogitLikelihood(
            [.. covariates], [.. outcomes], weights is null ? [.. Enumerable.Repeat(1.0, covariates.Count)] : [.. weights]);
        var gradient = new double[3];
        var objective = ObjectiveFunction.Gradient(p =>
        {
            var value = likelihood.Evaluate(p.AsArray() ?? p.ToArray(), gradient);
            return (value, Vector<double>.Build.DenseOfArray((double[])gradient.Clone()));
        });

        // Start from typical football values: P(away) ≈ 0.29, P(draw) ≈ 0.26 at x = 0, β ≈ 1.
        var start = Vector<double>.Build.DenseOfArray([-0.9, Math.Log(1.1), 1.0]);
        var result = new BfgsMinimizer(1e-8, 1e-10, 1e-12, 500).FindMinimum(objective, start);
        var p = result.MinimizingPoint;
        return new OrderedLogit(p[0], p[1], p[2]);
    }
}
