using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.Optimization;

namespace Statistico.Modelling.Goals;

/// <summary>MathNet's L-BFGS on an analytic-gradient objective, counting evaluations.</summary>
internal static class LbfgsMinimiser
{
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
