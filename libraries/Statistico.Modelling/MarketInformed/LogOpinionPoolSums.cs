namespace Statistico.Modelling.MarketInformed;

/// <summary>
/// The data part (before the ridge) of a <see cref="LogOpinionPoolFitter"/> objective at one parameter vector: the
/// negative log likelihood summed over some rows, its gradient and the lower triangle of its Hessian, flat (a
/// two-dimensional array's indexing costs more in the fitter's innermost loop).
/// </summary>
internal sealed class LogOpinionPoolSums(int size)
{
    public double Total { get; set; }

    public double[] Gradient { get; } = new double[size];

    /// <summary>Row-major, entry (i, j) at i·size + j, only j ≤ i filled.</summary>
    public double[] Hessian { get; } = new double[size * size];

    public void Clear()
    {
        Total = 0;
        Array.Clear(Gradient);
        Array.Clear(Hessian);
    }

    /// <summary>Adds <paramref name="other"/> times <paramref name="sign"/> (−1 removes rows summed at the same point).</summary>
    public void Add(LogOpinionPoolSums other, double sign = 1)
    {
        Total += sign * other.Total;
        for (var i = 0; i < Gradient.Length; i++)
        {
            Gradient[i] += sign * other.Gradient[i];
        }

        for (var i = 0; i < Hessian.Length; i++)
        {
            Hessian[i] += sign * other.Hessian[i];
        }
    }
}
