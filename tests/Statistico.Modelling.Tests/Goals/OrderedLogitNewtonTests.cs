using Statistico.Modelling.Goals;
using Statistico.Modelling.Tests.Support;
using Statistico.Testing;

namespace Statistico.Modelling.Tests.Goals;

/// <summary>Newton's method for the pi-ratings' ordered logit (ADR 1103): its Hessian, and that it finds the optimum BFGS found.</summary>
[Trait("Category", "Unit")]
public sealed class OrderedLogitNewtonTests
{
    [Theory]
    [InlineData(-0.7, -0.1, 0.8)]
    [InlineData(-1.2, 0.3, 1.4)]
    [InlineData(0.4, -1.5, -0.3)]
    public void Hessian_matches_central_finite_differences_of_the_gradient(double firstCut, double logGap, double slope)
    {
        var likelihood = Synthetic(400, seed: 5, weighted: true, out _, out _, out _);
        double[] p = [firstCut, logGap, slope];
        var gradient = new double[3];
        var hessian = new double[9];
        var value = likelihood.EvaluateWithHessian(p, gradient, hessian);

        var reference = new double[3];
        Assert.Equal(likelihood.Evaluate(p, reference), value, 1e-12);
        Assert.All(Enumerable.Range(0, 3), i => Assert.Equal(reference[i], gradient[i], 1e-12));
        var withoutValue = new double[3];
        var hessianWithoutValue = new double[9];
        likelihood.GradientAndHessian(p, withoutValue, hessianWithoutValue);
        Assert.Equal(gradient, withoutValue);
        Assert.Equal(hessian, hessianWithoutValue);

        var numeric = NumericHessian.Central((at, into) => likelihood.Evaluate(at, into), p);
        for (var k = 0; k < 9; k++)
        {
            Assert.True(Math.Abs(numeric[k] - hessian[k]) < 1e-7, $"H[{k / 3},{k % 3}]: analytic {hessian[k]}, numeric {numeric[k]}");
        }

        for (var i = 0; i < 3; i++)
        {
            for (var j = 0; j < 3; j++)
            {
                Assert.Equal(hessian[(i * 3) + j], hessian[(j * 3) + i]);
            }
        }
    }

    [Theory]
    [InlineData(false, false)]
    [InlineData(true, false)]
    [InlineData(false, true)]
    [InlineData(true, true)]
    public void The_fit_matches_the_former_BFGS_fit(bool weighted, bool warmStart)
    {
        Synthetic(3000, seed: 11, weighted, out var x, out var y, out var w);
        // A warm start like the walk-forward's: last week's fit, a little away from this week's optimum.
        OrderedLogit? start = warmStart ? new OrderedLogit(-0.85, Math.Log(1.15), 1.05) : null;

        var newton = OrderedLogitFitter.Fit(x, y, weighted ? w : null, start);
        var bfgs = OrderedLogitFitter.FitByBfgs(x, y, weighted ? w : null, start);

        Assert.Equal(bfgs.FirstCut, newton.FirstCut, 1e-6);
        Assert.Equal(bfgs.LogCutGap, newton.LogCutGap, 1e-6);
        Assert.Equal(bfgs.Slope, newton.Slope, 1e-6);
        var likelihood = new OrderedLogitLikelihood([.. x], [.. y], weighted ? [.. w] : [.. Enumerable.Repeat(1.0, x.Length)]);
        var scratch = new double[3];
        var atNewton = likelihood.Evaluate([newton.FirstCut, newton.LogCutGap, newton.Slope], scratch);
        Assert.True(scratch.Max(Math.Abs) < 1e-9, $"gradient at Newton's fit {string.Join(", ", scratch)}");
        Assert.True(atNewton <= likelihood.Evaluate([bfgs.FirstCut, bfgs.LogCutGap, bfgs.Slope], scratch) + 1e-13);
    }

    [Fact]
    public void A_warm_start_far_from_the_optimum_still_reaches_it()
    {
        Synthetic(3000, seed: 13, weighted: false, out var x, out var y, out _);

        var fromFar = OrderedLogitFitter.Fit(x, y, start: new OrderedLogit(2.5, 1.5, -2));
        var reference = OrderedLogitFitter.FitByBfgs(x, y);

        Assert.Equal(reference.FirstCut, fromFar.FirstCut, 1e-6);
        Assert.Equal(reference.SecondCut, fromFar.SecondCut, 1e-6);
        Assert.Equal(reference.Slope, fromFar.Slope, 1e-6);
    }

    [Fact]
    public void Unit_weights_on_a_slice_give_the_sums_of_weights_of_one_bit_for_bit()
    {
        // The pi-ratings' weekly refit fits on a slice of its shared observation log, without a weights array.
        Synthetic(900, seed: 17, weighted: false, out var x, out var y, out _);
        var xs = x.AsSpan(100, 700).ToArray();
        var ys = y.AsSpan(100, 700).ToArray();
        var ones = new OrderedLogitLikelihood(xs, ys, [.. Enumerable.Repeat(1.0, 700)]);
        var slice = new OrderedLogitLikelihood(x.AsMemory(100, 700), y.AsMemory(100, 700));
        double[] p = [-0.8, Math.Log(1.1), 0.9];
        double[] gradient = new double[3], sliceGradient = new double[3], hessian = new double[9], sliceHessian = new double[9];

        Assert.Equal(ones.Evaluate(p, gradient), slice.Evaluate(p, sliceGradient));
        Assert.Equal(gradient, sliceGradient);
        Assert.Equal(ones.EvaluateWithHessian(p, gradient, hessian), slice.EvaluateWithHessian(p, sliceGradient, sliceHessian));
        Assert.Equal(gradient, sliceGradient);
        Assert.Equal(hessian, sliceHessian);

        var start = new OrderedLogit(-0.85, Math.Log(1.15), 1.05);
        Assert.Equal(
            OrderedLogitFitter.Fit(xs, ys, start: start),
            OrderedLogitFitter.Fit(x.AsMemory(100, 700), y.AsMemory(100, 700), start));
    }

    // Outcomes drawn from a known logit at covariates like expected goal differences.
    private static OrderedLogitLikelihood Synthetic(int count, int seed, bool weighted, out double[] x, out int[] y, out double[] w)
    {
        var truth = new OrderedLogit(-0.8, Math.Log(1.2), 1.1);
        var random = new Random(TestSeed.Fixed(seed));
        x = new double[count];
        y = new int[count];
        w = new double[count];
        for (var i = 0; i < count; i++)
        {
            x[i] = (random.NextDouble() - 0.4) * 2.5;
            var p = truth.Predict(x[i]);
            var u = random.NextDouble();
            y[i] = u < p[0] ? 0 : u < p[0] + p[1] ? 1 : 2;
            w[i] = weighted ? 0.3 + random.NextDouble() : 1;
        }

        return new OrderedLogitLikelihood(x, y, w);
    }
}
