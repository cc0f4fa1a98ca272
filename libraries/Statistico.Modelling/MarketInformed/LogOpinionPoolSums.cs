namespace Statistico.Modelling.MarketInformed;

/// <summary>
/// The data part (before the ridge) of a <see cref="LogOpinionPoolFitter"/> evaluation over rows [first, count) at one
/// parameter vector. A weekly walk-forward refits on the same rows plus the week's new ones, starting from last week's
/// optimum, which is where last week's final evaluation was: its sums are this week's first evaluation but for the new
/// rows, so the refit's cost no longer grows with the whole history (issue 21's speed target). Since a long pass is
/// summed in two halves on two cores (ADR 1103), the sums equal a single pass's to rounding, not bit for bit.
/// </summary>
internal sealed class LogOpinionPoolSums
{
    private double[] _parameters = [];
    private int _first = -1;

    public int Count { get; private set; }

    public double Total { get; private set; }

    public double[] Gradient { get; private set; } = [];

    public double[,] Hessian { get; private set; } = new double[0, 0];

    /// <summary>Whether these sums are for exactly <paramref name="parameters"/> over a prefix of [first, count).</summary>
    public bool Continues(double[] parameters, int first, int count) =>
        first == _first && Count <= count && parameters.AsSpan().SequenceEqual(_parameters);

    public void Remember(double[] parameters, int first, int count, double total, double[] gradient, double[,] hessian)
    {
        _parameters = (double[])parameters.Clone();
        _first = first;
        Count = count;
        Total = total;
        Gradient = (double[])gradient.Clone();
        Hessian = (double[,])hessian.Clone();
    }
}
