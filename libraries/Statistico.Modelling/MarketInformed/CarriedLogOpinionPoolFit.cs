namespace Statistico.Modelling.MarketInformed;

/// <summary>
/// A pool refitted week after week on a growing (or moving) date-ordered history, in time proportional to the week's
/// new rows rather than to the whole history (issue 21's speed target, ADR 1104). The rows already fitted are carried
/// as a quadratic: their exact value, gradient and Hessian summed at one anchor point θₐ,
/// Q(θ) = T + gᵀ(θ − θₐ) + ½(θ − θₐ)ᵀH(θ − θₐ). Each refit minimises Q + the exact loss of only the new rows + the
/// ridge by Newton's method, then adds the new rows' sums at θₐ to Q. The weights move little from week to week, so
/// Q is accurate near θₐ; its error grows with the cube of the distance, so once a refit lands farther than
/// <see cref="Reach"/> from θₐ (in any parameter), the fit is redone exactly on all the rows from there and Q is
/// re-expanded at the new optimum. The error can therefore never accumulate past what one reach allows.
/// </summary>
internal sealed class CarriedLogOpinionPoolFit
{
    /// <summary>
    /// Default reach. On the shared seasons (ADR 1104) the refits' parameters stay within 3e-5 of exact refits with it
    /// (the error goes as the reach squared: 1e-4 at 0.01, 8e-6 at 0.003) and every evaluate figure within 3e-7; a
    /// quarter of the weeks need the exact pass.
    /// </summary>
    public const double DefaultReach = 0.005;

    private readonly IReadOnlyList<double[]> _features;
    private readonly IReadOnlyList<int> _outcomes;
    private readonly LogOpinionPool _prior;
    private readonly double _ridge;
    private readonly int _size;

    // Q: rows [_first, _absorbed) summed at _anchor; no anchor until the first exact fit.
    private double[]? _anchor;
    private LogOpinionPoolSums _carried;
    private int _first;
    private int _absorbed;

    public CarriedLogOpinionPoolFit(
        IReadOnlyList<double[]> features, IReadOnlyList<int> outcomes, LogOpinionPool prior, double ridge, double reach = DefaultReach)
    {
        _features = features;
        _outcomes = outcomes;
        _prior = prior;
        _ridge = ridge;
        _size = prior.Parameters.Count;
        _carried = new LogOpinionPoolSums(_size);
        Reach = reach;
    }

    /// <summary>How far a refit may land from the anchor before the fit is redone exactly and re-expanded.</summary>
    public double Reach { get; }

    /// <summary>Exact fits over the whole window so far (the first fit is one).</summary>
    public int Expansions { get; private set; }

    /// <summary>Fits on rows [<paramref name="first"/>, <paramref name="count"/>), warm-started at <paramref name="start"/>.</summary>
    public LogOpinionPool Fit(int first, int count, LogOpinionPool start)
    {
        ArgumentNullException.ThrowIfNull(start);
        var theta = start.Parameters.ToArray();
        if (_anchor is null || first < _first || count < _absorbed || first >= _absorbed)
        {
            // Nothing carried that applies (first fit, rows taken back, or the window moved past every carried row).
            return Expand(first, count, theta);
        }

        if (first > _first)
        {
            // Rows that left the window come out of Q at the anchor they were summed at.
            var leaving = new LogOpinionPoolSums(_size);
            LogOpinionPoolFitter.Sum(_features, _outcomes, _anchor, _prior.Classes, _first, first, leaving);
            _carried.Add(leaving, -1);
            _first = first;
        }

        var anchor = _anchor;
        var carried = _carried;
        var absorbed = _absorbed;
        var (optimum, _) = LogOpinionPoolFitter.Minimise(
            (parameters, sums) =>
            {
                LogOpinionPoolFitter.Sum(_features, _outcomes, parameters, _prior.Classes, absorbed, count, sums);
                AddQuadratic(carried, anchor, parameters, sums);
            },
            Math.Max(1, count - first), _prior, _ridge, theta);

        var distance = 0.0;
        for (var i = 0; i < _size; i++)
        {
            distance = Math.Max(distance, Math.Abs(optimum[i] - anchor[i]));
        }

        if (distance > Reach)
        {
            return Expand(first, count, optimum);
        }

        LogOpinionPoolFitter.Sum(_features, _outcomes, anchor, _prior.Classes, absorbed, count, _carried);
        _absorbed = count;
        return new LogOpinionPool(_prior.Classes, optimum);
    }

    // The fit redone exactly on every row of the window from `start`, and Q re-expanded there. From a carried refit the
    // exact optimum is a tiny Newton step away (its distance is of the order of Reach²), so one pass over the rows, at
    // `start`, gives both Q and that step, whose own error is of the order of its length squared. The first fit, or a
    // step longer than Reach, is iterated to convergence instead (Q then at the optimum, where its last pass was).
    private LogOpinionPool Expand(int first, int count, double[] start)
    {
        Expansions++;
        _first = first;
        _absorbed = count;
        if (_anchor is not null)
        {
            var sums = new LogOpinionPoolSums(_size);
            LogOpinionPoolFitter.Sum(_features, _outcomes, start, _prior.Classes, first, count, sums);
            var step = LogOpinionPoolFitter.NewtonStep(sums, start, _prior, _ridge);
            if (step.Max(Math.Abs) <= Reach)
            {
                _anchor = start;
                _carried = sums;
                return new LogOpinionPool(_prior.Classes, [.. start.Select((t, i) => t - step[i])]);
            }
        }

        var (optimum, atOptimum) = LogOpinionPoolFitter.Minimise(
            (parameters, rows) => LogOpinionPoolFitter.Sum(_features, _outcomes, parameters, _prior.Classes, first, count, rows),
            Math.Max(1, count - first), _prior, _ridge, start);
        _anchor = optimum;
        _carried = atOptimum;
        return new LogOpinionPool(_prior.Classes, optimum);
    }

    // Adds Q(θ), ∇Q = g + H·d and ∇²Q = H (lower triangle) with d = θ − θₐ.
    private static void AddQuadratic(LogOpinionPoolSums carried, double[] anchor, double[] parameters, LogOpinionPoolSums sums)
    {
        var size = anchor.Length;
        Span<double> d = stackalloc double[size];
        for (var i = 0; i < size; i++)
        {
            d[i] = parameters[i] - anchor[i];
        }

        var h = carried.Hessian;
        var value = carried.Total;
        for (var i = 0; i < size; i++)
        {
            // (H·d)_i from the lower triangle: H_ij = h[i·size + j] for j ≤ i, h[j·size + i] for j > i.
            var hd = 0.0;
            for (var j = 0; j < size; j++)
            {
                hd += (j <= i ? h[(i * size) + j] : h[(j * size) + i]) * d[j];
            }

            value += (carried.Gradient[i] + (0.5 * hd)) * d[i];
            sums.Gradient[i] += carried.Gradient[i] + hd;
            for (var j = 0; j <= i; j++)
            {
                sums.Hessian[(i * size) + j] += h[(i * size) + j];
            }
        }

        sums.Total += value;
    }
}
