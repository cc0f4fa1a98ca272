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
            Span<double> p = stackalloc double[classes];
            Span<double> mean = stackalloc double[size];
            // One match's z_k vectors (e_k for the intercepts, then x_{·,k}), laid out k·size + i: built once per
            // match rather than once per use in the Hessian's triple loop (issue 21's speed target).
            Span<double> z = stackalloc double[classes * size];
            // The Hessian's lower triangle is summed in a flat span (a two-dimensional array's indexing costs more in
            // the innermost loop) and copied out after the rows, element by element: the same additions in the same order.
            Span<double> hs = stackalloc double[size * size];
            hs.Clear();
            var total = 0.0;
            var from = first;
            if (g is not null)
            {
                Array.Clear(g);
                Array.Clear(h!);
                if (sums is not null && sums.Continues(parameters, first, count))
                {
                    // The same rows in the same order as one pass would add them: bit-identical sums.
                    total = sums.Total;
                    Array.Copy(sums.Gradient, g, size);
                    Array.Copy(sums.Hessian, h!, size * size);
                    for (var i = 0; i < size; i++)
                    {
                        for (var j = 0; j <= i; j++)
                        {
                            hs[(i * size) + j] = h![i, j];
                        }
                    }

                    from = sums.Count;
                }
            }

            for (var n = from; n < count; n++)
            {
                var x = features[n];
                LogOpinionPool.Softmax(new ReadOnlySpan<double>(parameters), classes, x, p);
                var y = outcomes[n];
                total -= Math.Log(Math.Max(p[y], 1e-300));
                if (g is null)
                {
                    continue;
                }

                for (var k = 0; k < classes; k++)
                {
                    for (var i = 0; i < size; i++)
                    {
                        z[(k * size) + i] = Z(x, k, i);
                    }
                }

                // z_k = (e_k for the intercepts, x_{·,k}); gradient Σ (E_p[z] − z_y), Hessian Σ Cov_p(z).
                mean.Clear();
                for (var k = 0; k < classes; k++)
                {
                    for (var i = 0; i < size; i++)
                    {
                        mean[i] += p[k] * z[(k * size) + i];
                    }
                }

                for (var i = 0; i < size; i++)
                {
                    g[i] += mean[i] - z[(y * size) + i];
                }

                for (var k = 0; k < classes; k++)
                {
                    var zk = z.Slice(k * size, size);
                    for (var i = 0; i < size; i++)
                    {
                        var di = zk[i] - mean[i];
                        if (di == 0)
                        {
                            continue;
                        }

                        var row = hs.Slice(i * size, i + 1);
                        for (var j = 0; j <= i; j++)
                        {
                            row[j] += p[k] * di * (zk[j] - mean[j]);
                        }
                    }
                }
            }

            if (g is not null)
            {
                for (var i = 0; i < size; i++)
                {
                    for (var j = 0; j <= i; j++)
                    {
                        h![i, j] = hs[(i * size) + j];
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

        double Z(double[] x, int k, int i) =>
            i < classes - 1 ? (k == i + 1 ? 1 : 0) : x[((i - (classes - 1)) * classes) + k];
    }
}
