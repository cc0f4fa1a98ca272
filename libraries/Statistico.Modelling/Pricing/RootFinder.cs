using MathNet.Numerics.RootFinding;

namespace Statistico.Modelling.Pricing;

/// <summary>Brent's method on a bracket, for the one-parameter margin models.</summary>
internal static class RootFinder
{
    public static double Solve(Func<double, double> f, double lower, double upper) =>
        Brent.FindRoot(f, lower, upper, accuracy: 1e-13, maxIterations: 200);
}
