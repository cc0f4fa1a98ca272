namespace Statistico.Modelling.MarketInformed;

/// <summary>
/// Maximum penalised likelihood for a <see cref="LogOpinionPool"/>: Newton's method with step halving on the
/// negative log likelihood plus ridge·½‖θ − θ₀‖². The likelihood is concave in θ and there are only a handful
/// of parameters, so a few Newton steps from the previous week's optimum converge.
/// </summary>
internal static class LogOpinionPoolFitter
{
    private const int MaxIterations = 50;

    // Passes over at least this many rows are split over two cores (a season of six leagues is ~2,400 rows).
    private const int ParallelRows = 2000;

    /// <summary>
    /// The data part of the objective at one parameter vector, written into the sums it is given (value, gradient and
    /// lower-triangular Hessian, all zero on entry).
    /// </summary>
    public delegate void DataObjective(double[] parameters, LogOpinionPoolSums sums);

    /// <param name="features">Per training match, log p_{s,k} laid out source-major (s·K + k).</param>
    /// <param name="outcomes">Per training match, the outcome that happened.</param>
    /// <param name="first">Train on rows [first, count) (history is date-ordered, so this is a moving window).</param>
    /// <param name="count">…up to this row.</param>
    /// <param name="prior">The parameters the ridge pulls towards.</param>
    /// <param name="ridge">Ridge strength.</param>
    /// <param name="start">Warm start, else the prior.</param>
    public static LogOpinionPool Fit(
        IReadOnlyList<double[]> features, IReadOnlyList<int> outcomes, int first, int count, LogOpinionPool prior, double ridge, LogOpinionPool? start)
    {
        var (theta, _) = Minimise(
            (parameters, sums) => Sum(features, outcomes, parameters, prior.Classes, first, count, sums),
            Math.Max(1, count - first), prior, ridge, (start ?? prior).Parameters.ToArray());
        return new LogOpinionPool(prior.Classes, theta);
    }

    /// <summary>
    /// Newton's method on <paramref name="data"/> plus the ridge, from <paramref name="start"/>. Returns the optimum and
    /// the data sums at it (without the ridge): the last evaluation was at the accepted point, so they come free.
    /// </summary>
    /// <param name="data">The data part of the objective.</param>
    /// <param name="rows">Rows the data part sums over: the gradient tolerance scales with it.</param>
    /// <param name="prior">The parameters the ridge pulls towards.</param>
    /// <param name="ridge">Ridge strength.</param>
    /// <param name="start">Where Newton's method starts.</param>
    public static (double[] Theta, LogOpinionPoolSums Sums) Minimise(DataObjective data, int rows, LogOpinionPool prior, double ridge, double[] start)
    {
        var size = prior.Parameters.Count;
        var theta = (double[])start.Clone();
        var sums = new LogOpinionPoolSums(size);
        var candidateSums = new LogOpinionPoolSums(size);
        var gradient = new double[size];
        var hessian = new double[size, size];
        var candidateGradient = new double[size];
        var candidateHessian = new double[size, size];
        var value = Evaluate(theta, sums, gradient, hessian);
        for (var iteration = 0; iteration < MaxIterations; iteration++)
        {
            if (gradient.Max(Math.Abs) < 1e-7 * rows)
            {
                break;
            }

            var step = CholeskySolve.Solve(hessian, gradient);
            var slope = 0.0;
            for (var i = 0; i < size; i++)
            {
                slope += step[i] * gradient[i];
            }

            var scale = 1.0;
            var candidate = new double[size];
            double next;
            while (true)
            {
                for (var i = 0; i < size; i++)
                {
                    candidate[i] = theta[i] - (scale * step[i]);
                }

                // The gradient and Hessian come with the value: the full step is almost always accepted, and they are
                // what the next iteration needs at the accepted point (the value is the same either way).
                next = Evaluate(candidate, candidateSums, candidateGradient, candidateHessian);
                if (next <= value - (1e-4 * scale * slope) || scale < 1e-8)
                {
                    break;
                }

                scale /= 2;
            }

            if (scale < 1e-8)
            {
                break;
            }

            Array.Copy(candidate, theta, size);
            var improvement = value - next;
            value = next;
            (gradient, candidateGradient) = (candidateGradient, gradient);
            (hessian, candidateHessian) = (candidateHessian, hessian);
            (sums, candidateSums) = (candidateSums, sums);
            if (improvement < 1e-10)
            {
                break;
            }
        }

        return (theta, sums);

        // Penalised negative log likelihood, its gradient and Hessian; the data part is left in `rows`.
        double Evaluate(double[] parameters, LogOpinionPoolSums rows, double[] g, double[,] h)
        {
            rows.Clear();
            data(parameters, rows);
            var total = rows.Total;
            Array.Copy(rows.Gradient, g, size);
            for (var i = 0; i < size; i++)
            {
                for (var j = 0; j <= i; j++)
                {
                    h[i, j] = rows.Hessian[(i * size) + j];
                }
            }

            for (var i = 0; i < size; i++)
            {
                var d = parameters[i] - prior.Parameters[i];
                total += 0.5 * ridge * d * d;
                g[i] += ridge * d;
                h[i, i] += ridge;
                for (var j = 0; j < i; j++)
                {
                    h[j, i] = h[i, j];
                }
            }

            return total;
        }
    }

    /// <summary>The Newton step −H⁻¹g of the penalised objective whose data part at <paramref name="parameters"/> is <paramref name="sums"/>; θ minus it is the next iterate.</summary>
    public static double[] NewtonStep(LogOpinionPoolSums sums, double[] parameters, LogOpinionPool prior, double ridge)
    {
        var size = parameters.Length;
        var gradient = new double[size];
        var hessian = new double[size, size];
        for (var i = 0; i < size; i++)
        {
            gradient[i] = sums.Gradient[i] + (ridge * (parameters[i] - prior.Parameters[i]));
            for (var j = 0; j <= i; j++)
            {
                hessian[i, j] = hessian[j, i] = sums.Hessian[(i * size) + j];
            }

            hessian[i, i] += ridge;
        }

        return CholeskySolve.Solve(hessian, gradient);
    }

    /// <summary>
    /// Adds rows [from, to) at <paramref name="parameters"/> to <paramref name="sums"/>; a long pass is split in two
    /// halves summed on two cores, the second half's sums added to the first's afterwards: the same total whichever
    /// thread finishes first (ADR 1103).
    /// </summary>
    public static void Sum(
        IReadOnlyList<double[]> features, IReadOnlyList<int> outcomes, double[] parameters, int classes, int from, int to, LogOpinionPoolSums sums)
    {
        if (to - from >= ParallelRows)
        {
            var middle = from + ((to - from) / 2);
            var second = new LogOpinionPoolSums(parameters.Length);
            Parallel.Invoke(
                () => AddRows(features, outcomes, parameters, classes, from, middle, sums),
                () => AddRows(features, outcomes, parameters, classes, middle, to, second));
            sums.Add(second);
        }
        else
        {
            AddRows(features, outcomes, parameters, classes, from, to, sums);
        }
    }

    /// <summary>
    /// Adds rows [from, to) to <paramref name="sums"/>: −log p_y, Σ (E_p[z] − z_y) and the lower triangle of Σ Cov_p(z),
    /// with z_k = (e_k for the intercepts, x_{·,k}). The covariance is written out by blocks,
    /// Cov_p(z) = Σ_k p_k z_k z_kᵀ − E_p[z]·E_p[z]ᵀ, so the intercepts' unit vectors cost nothing (ADR 1103: the same
    /// matrix as summing p_k (z_k − m)(z_k − m)ᵀ, to rounding, at half the work).
    /// </summary>
    private static void AddRows(
        IReadOnlyList<double[]> features, IReadOnlyList<int> outcomes, double[] parameters, int classes, int from, int to, LogOpinionPoolSums sums)
    {
        var size = parameters.Length;
        var intercepts = classes - 1;
        var sources = size - intercepts;
        Span<double> p = stackalloc double[classes];
        // E_p[x_s] per source.
        Span<double> mean = stackalloc double[sources];
        var g = sums.Gradient;
        var hs = sums.Hessian;
        var total = sums.Total;
        for (var n = from; n < to; n++)
        {
            var x = features[n];
            LogOpinionPool.Softmax(new ReadOnlySpan<double>(parameters), classes, x, p);
            var y = outcomes[n];
            total -= Math.Log(Math.Max(p[y], 1e-300));
            for (var s = 0; s < sources; s++)
            {
                var m = 0.0;
                for (var k = 0; k < classes; k++)
                {
                    m += p[k] * x[(s * classes) + k];
                }

                mean[s] = m;
            }

            // Gradient: E_p[z] − z_y.
            for (var j = 0; j < intercepts; j++)
            {
                g[j] += p[j + 1] - (y == j + 1 ? 1 : 0);
            }

            for (var s = 0; s < sources; s++)
            {
                g[intercepts + s] += mean[s] - x[(s * classes) + y];
            }

            // Intercept × intercept: p_i·[i = j] − p_i·p_j.
            for (var i = 0; i < intercepts; i++)
            {
                for (var j = 0; j <= i; j++)
                {
                    hs[(i * size) + j] += (i == j ? p[i + 1] : 0) - (p[i + 1] * p[j + 1]);
                }
            }

            for (var s = 0; s < sources; s++)
            {
                var row = (intercepts + s) * size;
                // Source × intercept: p_j·x_{s,j} − E_p[x_s]·p_j.
                for (var j = 0; j < intercepts; j++)
                {
                    hs[row + j] += p[j + 1] * (x[(s * classes) + j + 1] - mean[s]);
                }

                // Source × source: Σ_k p_k x_{s,k} x_{t,k} − E_p[x_s]·E_p[x_t].
                for (var t = 0; t <= s; t++)
                {
                    var second = 0.0;
                    for (var k = 0; k < classes; k++)
                    {
                        second += p[k] * x[(s * classes) + k] * x[(t * classes) + k];
                    }

                    hs[row + intercepts + t] += second - (mean[s] * mean[t]);
                }
            }
        }

        sums.Total = total;
    }
}
