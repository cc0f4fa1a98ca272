using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.Optimization;

namespace Statistico.Modelling.Goals;

/// <summary>MathNet's L-BFGS on an analytic-gradient objective, counting evaluations.</summary>
internal static class LbfgsMinimiser
{
    /// <summary>
    /// Minimises from <paramref name="warmStart"/> when given, falling back to
    /// <paramref name="coldStart"/> if that run fails (a bad warm start, e.g. after a promoted
    /// team's extreme first weeks, must not stop a whole walk-forward).
    /// </summary>
    public static (double[] Solution, int Iterations, int Evaluations) Minimise(
        GradientObjective objective, double[]? warmStart, double[] coldStart, double gradientTolerance, double[]? scale = null)
    {
        if (scale is not null)
        {
            return Scaled(objective, warmStart, coldStart, gradientTolerance, scale);
        }

        if (warmStart is not null)
        {
            try
            {
                return Minimise(objective, warmStart, gradientTolerance);
            }
            catch (OptimizationException)
            {
                // Fall through to the cold start below.
            }
        }

        try
        {
            return Minimise(objective, coldStart, gradientTolerance);
        }
        catch (OptimizationException e)
        {
            throw new InvalidOperationException($"The optimiser failed from the default start: {e.Message}", e);
        }
    }

    /// <summary>
    /// Minimises over φ with parameters θ = scale ∘ φ: choosing scale ≈ 1/√(Hessian diagonal) makes
    /// the problem roughly isotropic, which is what L-BFGS's first steps (identity curvature) assume.
    /// </summary>
    private static (double[] Solution, int Iterations, int Evaluations) Scaled(
        GradientObjective objective, double[]? warmStart, double[] coldStart, double gradientTolerance, double[] scale)
    {
        var theta = new double[scale.Length];
        GradientObjective scaled = (phi, gradient) =>
        {
            for (var i = 0; i < theta.Length; i++)
            {
                theta[i] = phi[i] * scale[i];
            }

            var value = objective(theta, gradient);
            for (var i = 0; i < gradient.Length; i++)
            {
                gradient[i] *= scale[i];
            }

            return value;
        };
        var (solution, iterations, evaluations) = Minimise(
            scaled, warmStart is null ? null : Divide(warmStart, scale), Divide(coldStart, scale), gradientTolerance);
        for (var i = 0; i < solution.Length; i++)
        {
            solution[i] *= scale[i];
        }

        return (solution, iterations, evaluations);
    }

    private static double[] Divide(double[] values, double[] scale) => [.. values.Select((v, i) => v / scale[i])];

    public static (double[] Solution, int Iterations, int Evaluations) Minimise(
        GradientObjective objective, double[] start, double gradientTolerance)
    {
        var gradient = new double[start.Length];
        var evaluations = 0;
        var function = ObjectiveFunction.Gradient(p =>
        {
            evaluations++;
            var value = objective(p.AsArray() ?? p.ToArray(), gradient);
            return (value, Vector<double>.Build.DenseOfArray((double[])gradient.Clone()));
        });
        var minimiser = new LimitedMemoryBfgsMinimizer(gradientTolerance, 1e-10, 1e-12, memory: 10, maximumIterations: 2000);
        var result = minimiser.FindMinimum(function, Vector<double>.Build.DenseOfArray(start));
        return (result.MinimizingPoint.ToArray(), result.Iterations, evaluations);
    }
}
