using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.Optimization;

namespace Statistico.Modelling.Goals;

/// <summary>Maximum-likelihood fit of an <see cref="OrderedLogit"/> with BFGS and analytic gradients.</summary>
public static class OrderedLogitFitter
{
    /// <summary>
    /// Fits cut points and slope; outcomes are 0 home, 1 draw, 2 away. <paramref name="start"/> (e.g. last week's
    /// fit) warm-starts the optimiser, which then needs a few evaluations rather than dozens; if that run fails the
    /// fit starts again from typical football values.
    /// </summary>
    public static OrderedLogit Fit(IReadOnlyList<double> covariates, IReadOnlyList<int> outcomes, IReadOnlyList<double>? weights = null, OrderedLogit? start = null)
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

        if (start is not null && double.IsFinite(start.FirstCut + start.LogCutGap + start.Slope))
        {
            try
            {
                return Minimise(objective, [start.FirstCut, start.LogCutGap, start.Slope]);
            }
            catch (OptimizationException)
            {
                // Fall through to the default start.
            }
        }

        // Start from typical football values: P(away) ≈ 0.29, P(draw) ≈ 0.26 at x = 0, β ≈ 1.
        return Minimise(objective, [-0.9, Math.Log(1.1), 1.0]);
    }

    private static OrderedLogit Minimise(IObjectiveFunction objective, double[] start)
    {
        var result = new BfgsMinimizer(1e-8, 1e-10, 1e-12, 500).FindMinimum(objective, Vector<double>.Build.DenseOfArray(start));
        var p = result.MinimizingPoint;
        return new OrderedLogit(p[0], p[1], p[2]);
    }
}
