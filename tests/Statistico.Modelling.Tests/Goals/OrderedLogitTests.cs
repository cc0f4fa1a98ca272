using Statistico.Modelling.Goals;
using Statistico.Testing;

namespace Statistico.Modelling.Tests.Goals;

[Trait("Category", "Unit")]
public sealed class OrderedLogitTests
{
    [Fact]
    public void Probabilities_sum_to_one_and_favour_the_side_with_the_higher_expectation()
    {
        var logit = new OrderedLogit(-0.9, Math.Log(1.1), 1.2);

        var level = logit.Predict(0);
        var strongHome = logit.Predict(1.5);

        Assert.Equal(1.0, level.Sum(), 12);
        Assert.Equal(OrderedLogit.Sigmoid(-0.9), level[2], 12);
        Assert.Equal(OrderedLogit.Sigmoid(0.2) - OrderedLogit.Sigmoid(-0.9), level[1], 12);
        Assert.True(strongHome[0] > level[0]);
    }

    [Fact]
    public void Analytic_gradient_matches_finite_differences()
    {
        var random = new Random(TestSeed.Fixed(5));
        var x = Enumerable.Range(0, 200).Select(_ => (random.NextDouble() - 0.5) * 3).ToArray();
        var y = x.Select(_ => random.Next(0, 3)).ToArray();
        var w = x.Select(_ => 0.5 + random.NextDouble()).ToArray();
        var likelihood = new OrderedLogitLikelihood(x, y, w);
        double[] p = [-0.7, -0.1, 0.8];
        var analytic = new double[3];
        likelihood.Evaluate(p, analytic);

        var scratch = new double[3];
        for (var i = 0; i < 3; i++)
        {
            var up = (double[])p.Clone();
            var down = (double[])p.Clone();
            up[i] += 1e-6;
            down[i] -= 1e-6;
            var numeric = (likelihood.Evaluate(up, scratch) - likelihood.Evaluate(down, scratch)) / 2e-6;
            Assert.Equal(numeric, analytic[i], 7);
        }
    }

    [Fact]
    public void Fit_recovers_known_parameters()
    {
        var truth = new OrderedLogit(-0.8, Math.Log(1.2), 1.1);
        var random = new Random(TestSeed.Fixed(17));
        var x = new List<double>();
        var y = new List<int>();
        for (var i = 0; i < 20000; i++)
        {
            var covariate = (random.NextDouble() - 0.4) * 2.5;
            var p = truth.Predict(covariate);
            var u = random.NextDouble();
            x.Add(covariate);
            y.Add(u < p[0] ? 0 : u < p[0] + p[1] ? 1 : 2);
        }

        var fit = OrderedLogitFitter.Fit(x, y);

        Assert.Equal(truth.FirstCut, fit.FirstCut, 0.05);
        Assert.Equal(truth.SecondCut, fit.SecondCut, 0.05);
        Assert.Equal(truth.Slope, fit.Slope, 0.05);
    }
}
