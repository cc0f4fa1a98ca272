using MathNet.Numerics.LinearAlgebra;

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


    /// <param name="features">Per training match, log p_{s,k} laid out source-major (s·K + k).</param>
    /// <param name="outcomes">Per training match, the outcome that happened.</param>
    /// <param name="count">Train on the first <paramref name="count"/> rows (history is a date-ordered prefix).</param>
    /// <param name="first">…starting at this row (a moving window).</param>
    /// <param name="prior">The parameters the ridge pulls towards.</param>
    /// <param name="ridge">Ridge strength.</param>
    /// <param name="start">Warm start, else the prior.</param>
    /// <param name="sums">
    /// The data sums of the last gradient-and-Hessian evaluation of a previous fit on a prefix of the same rows; when
    /// that evaluation was at <paramref name="start"/>, this fit's first evaluation adds only the new rows to them.
    /// </param>
    public static LogOpinionPool Fit(
        IReadOnlyList<double[]> features, IReadOnlyList<int> outcomes, int first, int count, LogOpinionPool prior, double ridge, LogOpinionPool? start,
        LogOpinionPoolSums? sums = null)
    {
        var classes = prior.Classes;
        var size = prior.Parameters.Count;
        var theta = (start ?? prior).Parameters.ToArray();
        var gradient = new double[size];
        var hessian = new double[size, size];
        var candidateGradient = new double[size];
        var candidateHessian = new double[size, size];
        var value = Evaluate(theta, gradient, hessian);
        for (var iteration = 0; iteration < MaxIterations; iteration++)
        {
            if (gradient.Max(Math.Abs) < 1e-7 * Math.Max(1, count - first))
            {
                break;
            }

            var step = Matrix<double>.Build.DenseOfArray(hessian).Cholesky().Solve(Vector<double>.Build.Dense(gradient)).ToArray();
            var slope = step.Select((d, i) => d * gradient[i]).Sum();
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
                next = Evaluate(candidate, candidateGradient, candidateHessian);
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
            if (improvement < 1e-10)
            {
                break;
            }
        }

        return new LogOpinionPool(classes, theta);

        // Penalised negative log likelihood; its gradient and Hessian when asked for.
        double Evaluate(double[] parameters, double[]? g, double[,]? h)
        {
            // The Hessian's lower triangle is summed flat (a two-dimensional array's indexing costs more in the
            // innermost loop) and copied out after the rows.
            var rows = new RowSums(g is null ? 0 : size);
            var from = first;
            if (g is not null)
            {
                if (sums is not null && sums.Continues(parameters, first, count))
                {
                    // Last week's final sums at this very point: only the week's new rows remain to be added.
                    rows.Total = sums.Total;
                    Array.Copy(sums.Gradient, rows.Gradient, size);
                    for (var i = 0; i < size; i++)
                    {
                        for (var j = 0; j <= i; j++)
                        {
                            rows.Hessian[(i * size) + j] = sums.Hessian[i, j];
                        }
                    }

                    from = sums.Count;
                }
            }

            if (count - from >= ParallelRows)
            {
                // A full pass over a long history is split in two halves summed on two cores, the second half's
                // sums added to the first's afterwards: the same total whichever thread finishes first (ADR 1103).
                var middle = from + ((count - from) / 2);
                var second = new RowSums(g is null ? 0 : size);
                Parallel.Invoke(
                    () => AddRows(features, outcomes, parameters, classes, from, middle, rows),
                    () => AddRows(features, outcomes, parameters, classes, middle, count, second));
                rows.Add(second);
            }
            else
            {
                AddRows(features, outcomes, parameters, classes, from, count, rows);
            }

            var total = rows.Total;
            if (g is not null)
            {
                Array.Copy(rows.Gradient, g, size);
                for (var i = 0; i < size; i++)
                {
                    for (var j = 0; j <= i; j++)
                    {
                        h![i, j] = rows.Hessian[(i * size) + j];
                    }
                }

                sums?.Remember(parameters, first, count, total, g, h!);
            }

            for (var i = 0; i < size; i++)
            {
                var d = parameters[i] - prior.Parameters[i];
                total += 0.5 * ridge * d * d;
                if (g is not null)
                {
                    g[i] += ridge * d;
                    h![i, i] += ridge;
                    for (var j = 0; j < i; j++)
                    {
                        h[j, i] = h[i, j];
                    }
                }
            }

            return total;
        }
    }

    /// <summary>
    /// Adds rows [from, to) to <paramref name="sums"/>: −log p_y, and when <paramref name="sums"/> carries a gradient,
    /// Σ (E_p[z] − z_y) and the lower triangle of Σ Cov_p(z), with z_k = (e_k for the intercepts, x_{·,k}). The
    /// covariance is written out by blocks, Cov_p(z) = Σ_k p_k z_k z_kᵀ − E_p[z]·E_p[z]ᵀ, so the intercepts' unit
    /// vectors cost nothing (ADR 1103: the same matrix as summing p_k (z_k − m)(z_k − m)ᵀ, to rounding, at half the work).
    /// </summary>
    private static void AddRows(
        IReadOnlyList<double[]> features, IReadOnlyList<int> outcomes, double[] parameters, int classes, int from, int to, RowSums sums)
    {
        var size = parameters.Length;
        var intercepts = classes - 1;
        var sources = size - intercepts;
        var derivatives = sums.Gradient.Length > 0;
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
            if (!derivatives)
            {
                continue;
            }

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

    /// <summary>One pass's running sums: the value, and the gradient and flat lower-triangular Hessian when asked for (else empty).</summary>
    private sealed class RowSums(int size)
    {
        public double Total { get; set; }

        public double[] Gradient { get; } = new double[size];

        public double[] Hessian { get; } = new double[size * size];

        public void Add(RowSums other)
        {
            Total += other.Total;
            for (var i = 0; i < Gradient.Length; i++)
            {
                Gradient[i] += other.Gradient[i];
            }

            for (var i = 0; i < Hessian.Length; i++)
            {
                Hessian[i] += other.Hessian[i];
            }
        }
    }
}
