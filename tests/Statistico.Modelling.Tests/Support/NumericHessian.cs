namespace Statistico.Modelling.Tests.Support;

/// <summary>
/// The Hessian of a likelihood by central differences of its analytic gradient: the independent reference an
/// analytic Hessian is checked against.
/// </summary>
internal static class NumericHessian
{
    /// <summary>
    /// Row-major: element (i, j) is ∂gradientᵢ/∂pⱼ at <paramref name="p"/>. <paramref name="gradientAt"/> writes the
    /// gradient at its first argument into its second.
    /// </summary>
    public static double[] Central(Action<double[], double[]> gradientAt, double[] p, double step = 1e-6)
    {
        var size = p.Length;
        var numeric = new double[size * size];
        var up = new double[size];
        var down = new double[size];
        for (var j = 0; j < size; j++)
        {
            var plus = (double[])p.Clone();
            var minus = (double[])p.Clone();
            plus[j] += step;
            minus[j] -= step;
            gradientAt(plus, up);
            gradientAt(minus, down);
            for (var i = 0; i < size; i++)
            {
                numeric[(i * size) + j] = (up[i] - down[i]) / (2 * step);
            }
        }

        return numeric;
    }
}
