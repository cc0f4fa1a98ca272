using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.Optimization;

namespace Statistico.Modelling.Goals;

/// <summary>
/// Maximum-likelihood fit of an <see cref="OrderedLogit"/>: Newton's method on the analytic Hessian (three parameters;
/// two or three evaluations from last week's fit), BFGS on the analytic gradient when Newton fails (ADR 1103).
/// </summary>
public static class OrderedLogitFitter
{
    // The Newton decrement gᵀH⁻¹g (twice the remaining gap to the optimum, per match) at which full steps stop, after
    // taking that last step too: the gradient is then ~1e-12, where BFGS stopped at a gradient of 1e-8, so the fit
    // agrees with the former BFGS fit to ~1e-7 (OrderedLogitNewtonTests) and every evaluate figure is unchanged.
    private const double DecrementTolerance = 1e-16;

    // Damped (value-checked) Newton stops here and hands over to full steps: a decrease of 5e-11 is still measured
    // reliably on a value of order one, where 1e-16 is at the value's rounding and the line search could fail.
    private const double DampedDecrementTolerance = 1e-10;

    // Full Newton steps are taken only from a point whose decrement (twice the predicted gap) is below this: a week's
    // new matches move a warm start's decrement to about 1e-5 of a per-match log likelihood.
    private const double FullStepDecrementLimit = 1e-2;

    // Typical football values: P(away) ≈ 0.29, P(draw) ≈ 0.26 at x = 0, β ≈ 1.
    private static double[] DefaultStart => [-0.9, Math.Log(1.1), 1.0];

    /// <summary>
    /// Fits cut points and slope; outcomes are 0 home, 1 draw, 2 away. <paramref name="start"/> (e.g. last week's
    /// fit) warm-starts the optimiser, which then needs two or three Newton steps; from typical football values, or if
    /// Newton's method fails, damped steps or BFGS come first.
    /// </summary>
    public static OrderedLogit Fit(IReadOnlyList<double> covariates, IReadOnlyList<int> outcomes, IReadOnlyList<double>? weights = null, OrderedLogit? start = null) =>
        Fit(Likelihood(covariates, outcomes, weights), start);

    /// <summary>
    /// The unweighted fit on slices of longer arrays, copying nothing (the pi-ratings' weekly refit, issue 21): the
    /// same fit, bit for bit, as <see cref="Fit(IReadOnlyList{double}, IReadOnlyList{int}, IReadOnlyList{double}?, OrderedLogit?)"/>
    /// without weights.
    /// </summary>
    internal static OrderedLogit Fit(ReadOnlyMemory<double> covariates, ReadOnlyMemory<int> outcomes, OrderedLogit? start)
    {
        if (covariates.Length == 0 || covariates.Length != outcomes.Length)
        {
            throw new ArgumentException("Need one outcome per covariate, and at least one.", nameof(outcomes));
        }

        return Fit(new OrderedLogitLikelihood(covariates, outcomes), start);
    }

    private static OrderedLogit Fit(OrderedLogitLikelihood likelihood, OrderedLogit? start)
    {
        var warm = WarmStart(start);
        // Far from the optimum (a cold start), damped Newton steps checked on the value bring it close, to a decrement
        // whose predicted decrease is still far above the value's rounding; full steps then finish (BFGS if both fail).
        var fitted = FullNewtonSteps(likelihood, warm ?? DefaultStart)
            ?? Polish(likelihood, NewtonMinimiser.Minimise(likelihood.EvaluateWithHessian, warm ?? DefaultStart, DampedDecrementTolerance)?.Solution);
        if (fitted is null)
        {
            var bfgs = FitByBfgs(likelihood, warm);
            fitted = Polish(likelihood, [bfgs.FirstCut, bfgs.LogCutGap, bfgs.Slope]);
        }

        return new OrderedLogit(fitted![0], fitted[1], fitted[2]);
    }

    // Full Newton steps from a point close to the optimum, or the point itself if they do not converge.
    private static double[]? Polish(OrderedLogitLikelihood likelihood, double[]? point) =>
        point is null ? null : FullNewtonSteps(likelihood, point) ?? point;

    /// <summary>
    /// Plain Newton steps without a line search, so without the likelihood's value (three logarithms a match): from
    /// last week's fit the objective is nearly quadratic and each full step squares the Newton decrement. Null (the
    /// caller then uses the damped, value-checked method) unless the decrement starts small and keeps falling.
    /// </summary>
    private static double[]? FullNewtonSteps(OrderedLogitLikelihood likelihood, double[] start)
    {
        var point = (double[])start.Clone();
        var gradient = new double[3];
        var hessian = new double[9];
        var factor = new double[9];
        var step = new double[3];
        var previous = FullStepDecrementLimit;
        for (var iteration = 0; iteration < 10; iteration++)
        {
            likelihood.GradientAndHessian(point, gradient, hessian);
            if (!NewtonMinimiser.Solve(hessian, gradient, factor, step))
            {
                return null;
            }

            var decrement = (gradient[0] * step[0]) + (gradient[1] * step[1]) + (gradient[2] * step[2]);
            if (!(decrement >= 0 && decrement < previous))
            {
                return null;
            }

            if (decrement < DecrementTolerance)
            {
                // Converged here; the last, tiny step is free and only brings the point closer.
                for (var i = 0; i < 3; i++)
                {
                    point[i] -= step[i];
                }

                return point;
            }

            for (var i = 0; i < 3; i++)
            {
                point[i] -= step[i];
            }

            // Quadratic convergence squares the decrement; requiring it to at least quarter catches a step that overshoots.
            previous = decrement / 4;
        }

        return null;
    }

    /// <summary>The fit by BFGS alone (the method before ADR 1103): Newton's fallback, and the reference its tests compare with.</summary>
    internal static OrderedLogit FitByBfgs(IReadOnlyList<double> covariates, IReadOnlyList<int> outcomes, IReadOnlyList<double>? weights = null, OrderedLogit? start = null) =>
        FitByBfgs(Likelihood(covariates, outcomes, weights), WarmStart(start));

    private static OrderedLogit FitByBfgs(OrderedLogitLikelihood likelihood, double[]? warm)
    {
        var gradient = new double[3];
        var objective = ObjectiveFunction.Gradient(p =>
        {
            var value = likelihood.Evaluate(p.AsArray() ?? p.ToArray(), gradient);
            return (value, Vector<double>.Build.DenseOfArray((double[])gradient.Clone()));
        });

        if (warm is not null)
        {
            try
            {
                return Minimise(objective, warm);
            }
            catch (OptimizationException)
            {
                // Fall through to the default start.
            }
        }

        return Minimise(objective, DefaultStart);
    }

    private static OrderedLogitLikelihood Likelihood(IReadOnlyList<double> covariates, IReadOnlyList<int> outcomes, IReadOnlyList<double>? weights)
    {
        ArgumentNullException.ThrowIfNull(covariates);
        ArgumentNullException.ThrowIfNull(outcomes);
        if (covariates.Count == 0 || covariates.Count != outcomes.Count)
        {
            throw new ArgumentException("Need one outcome per covariate, and at least one.", nameof(outcomes));
        }

        return new OrderedLogitLikelihood(
            [.. covariates], [.. outcomes], weights is null ? [.. Enumerable.Repeat(1.0, covariates.Count)] : [.. weights]);
    }

    private static double[]? WarmStart(OrderedLogit? start) =>
        start is not null && double.IsFinite(start.FirstCut + start.LogCutGap + start.Slope)
            ? [start.FirstCut, start.LogCutGap, start.Slope]
            : null;

    private static OrderedLogit Minimise(IObjectiveFunction objective, double[] start)
    {
        var result = new BfgsMinimizer(1e-8, 1e-10, 1e-12, 500).FindMinimum(objective, Vector<double>.Build.DenseOfArray(start));
        var p = result.MinimizingPoint;
        return new OrderedLogit(p[0], p[1], p[2]);
    }
}
