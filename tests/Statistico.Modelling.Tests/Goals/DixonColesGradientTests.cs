using Statistico.Modelling.Goals;
using Statistico.Modelling.Tests.Support;
using Statistico.Testing;

namespace Statistico.Modelling.Tests.Goals;

[Trait("Category", "Unit")]
public sealed class DixonColesGradientTests
{
    [Theory]
    [InlineData(0.0, 0.0, CountDistribution.Poisson, true, 5.0)]
    [InlineData(0.003, 0.3, CountDistribution.Poisson, true, null)]
    [InlineData(0.003, 0.0, CountDistribution.NegativeBinomial, true, null)]
    [InlineData(0.002, 0.3, CountDistribution.NegativeBinomial, false, 20.0)]
    public void Analytic_gradient_matches_central_finite_differences(double xi, double shotsWeight, CountDistribution distribution, bool lowScoreCorrection, double? teamHomeShrinkage)
    {
        var league = new SyntheticLeague(8, 0.1, 0.25, -0.08, seed: TestSeed.Fixed(3));
        var random = new Random(TestSeed.Fixed(11));
        var matches = league.Play(2, new DateOnly(2020, 8, 1), seed: TestSeed.Fixed(5))
            .Select(m => m with { HomeShotsOnTarget = random.Next(0, 9), AwayShotsOnTarget = random.Next(0, 7) })
            .ToList();
        var options = new DixonColesOptions { TimeDecayPerDay = xi, ShotsOnTargetWeight = shotsWeight, Shrinkage = 1.5, Distribution = distribution, LowScoreCorrection = lowScoreCorrection, TeamHomeAdvantageShrinkage = teamHomeShrinkage };
        var likelihood = new DixonColesLikelihood(matches, new DateOnly(2022, 8, 1), options);

        var p = new double[likelihood.ParameterCount];
        for (var i = 0; i < p.Length; i++)
        {
            p[i] = (random.NextDouble() - 0.5) * 0.6;
        }

        p[DixonColesLikelihood.LogSizeIndex] = 1.5;

        var analytic = new double[p.Length];
        likelihood.Evaluate(p, analytic);

        var scratch = new double[p.Length];
        const double step = 1e-6;
        for (var i = 0; i < p.Length; i++)
        {
            var up = (double[])p.Clone();
            var down = (double[])p.Clone();
            up[i] += step;
            down[i] -= step;
            var numeric = (likelihood.Evaluate(up, scratch) - likelihood.Evaluate(down, scratch)) / (2 * step);
            Assert.True(
                Math.Abs(numeric - analytic[i]) < 1e-7 + (1e-5 * Math.Abs(numeric)),
                $"parameter {i}: analytic {analytic[i]}, numeric {numeric}");
        }
    }
}
