namespace Statistico.Modelling.Goals;

/// <summary>
/// Damped Newton's method with an analytic Hessian: Cholesky solves (with a Levenberg shift when the Hessian is
/// not positive definite) and Armijo backtracking. On a smooth, nearly quadratic objective of a few dozen parameters
/// it converges in three or four evaluations from a warm start, where L-BFGS needs twenty (ADR 1101).
/// </summary>
internal static class NewtonMinimiser
{
    private const int MaxIterations = 100;

    /// <summary>
    /// Minimises from <paramref name="start"/> until the Newton decrement gᵀH⁻¹g (twice the predicted remaining
    /// decrease) falls below <paramref name="decrementTolerance"/>; null when it fails (a non-finite value, a line
    /// search that cannot descend, or no convergence), so the caller can fall back.
    /// </summary>
    public static (double[] Solution, int Iterations, int Evaluations)? Minimise(
        HessianObjective objective, double[] start, double decrementTolerance)
    {
        var size = start.Length;
        var point = (double[])start.Clone();
        var gradient = new double[size];
        var hessian = new double[size * size];
        var trial = new double[size];
        var trialGradient = new double[size];
        var trialHessian = new double[size * size];
        var factor = new double[size * size];
        var step = new double[size];
        var value = objective(point, gradient, hessian);
        var evaluations = 1;
        if (!double.IsFinite(value))
        {
            return null;
        }

        for (var iteration = 0; iteration < MaxIterations; iteration++)
        {
            if (!Solve(hessian, gradient, factor, step))
            {
                return null;
            }

            var decrement = 0.0;
            for (var i = 0; i < size; i++)
            {
                decrement += gradient[i] * step[i];
            }

            if (decrement < decrementTolerance)
            {
                return (point, iteration, evaluations);
            }

            var scale = 1.0;
            while (true)
            {
                for (var i = 0; i < size; i++)
                {
                    trial[i] = point[i] - (scale * step[i]);
                }

                var next = objective(trial, trialGradient, trialHessian);
                evaluations++;
                if (double.IsFinite(next) && next <= value - (1e-4 * scale * decrement))
                {
                    value = next;
                    break;
                }

                scale /= 2;
                if (scale < 1e-10)
                {
                    return null;
                }
            }

            (point, trial) = (trial, point);
            (gradient, trialGradient) = (trialGradient, gradient);
            (hessian, trialHessian) = (trialHessian, hessian);
        }

        return null;
    }

    /// <summary>Solves H·step = gradient by Cholesky, shifting H's diagonal until it factorises.</summary>
    internal static bool Solve(double[] hessian, double[] gradient, double[] factor, double[] step)
    {
        var size = gradient.Length;
        var largest = 0.0;
        for (var i = 0; i < size; i++)
        {
            largest = Math.Max(largest, Math.Abs(hessian[(i * size) + i]));
        }

        if (!double.IsFinite(largest))
        {
            return false;
        }

        for (var shift = 0.0; shift <= largest * 1e6; shift = shift == 0 ? Math.Max(largest, 1e-300) * 1e-10 : shift * 100)
        {
            if (Factorise(hessian, factor, size, shift))
            {
                Substitute(factor, gradient, step, size);
                return true;
            }
        }

        return false;
    }

    // Lower-triangular L with L·Lᵀ = H + shift·I, in factor's lower triangle; false when a pivot is not positive.
    private static bool Factorise(double[] hessian, double[] factor, int size, double shift)
    {
        for (var i = 0; i < size; i++)
        {
            for (var j = 0; j <= i; j++)
            {
                var sum = hessian[(i * size) + j] + (i == j ? shift : 0);
                for (var k = 0; k < j; k++)
                {
                    sum -= factor[(i * size) + k] * factor[(j * size) + k];
                }

                if (i == j)
                {
                    if (!(sum > 0))
                    {
                        return false;
                    }

                    factor[(i * size) + i] = Math.Sqrt(sum);
                }
                else
                {
                    factor[(i * size) + j] = sum / factor[(j * size) + j];
                }
            }
        }

        return true;
    }

    private static void Substitute(double[] factor, double[] gradient, double[] step, int size)
    {
        for (var i = 0; i < size; i++)
        {
            var sum = gradient[i];
            for (var k = 0; k < i; k++)
            {
                sum -= factor[(i * size) + k] * step[k];
            }

            step[i] = sum / factor[(i * size) + i];
        }

        for (var i = size - 1; i >= 0; i--)
        {
            var sum = step[i];
            for (var k = i + 1; k < size; k++)
            {
                sum -= factor[(k * size) + i] * step[k];
            }

            step[i] = sum / factor[(i * size) + i];
        }
    }
}
