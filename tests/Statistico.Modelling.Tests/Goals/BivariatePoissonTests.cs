using Statistico.Modelling.Goals;
using Statistico.Testing;

namespace Statistico.Modelling.Tests.Goals;

[Trait("Category", "Unit")]
public sealed class BivariatePoissonTests
{
    [Fact]
    public void Matrix_has_the_right_means_and_covariance()
    {
        var matrix = BivariatePoisson.Matrix(1.3, 0.9, 0.15, maxGoals: 20);

        var covariance = matrix.Expectation((h, a) => h * a) - (matrix.ExpectedHomeGoals * matrix.ExpectedAwayGoals);

        Assert.Equal(1.0, matrix.HomeWin + matrix.Draw + matrix.AwayWin, 12);
        Assert.Equal(1.45, matrix.ExpectedHomeGoals, 8);
        Assert.Equal(1.05, matrix.ExpectedAwayGoals, 8);
        Assert.Equal(0.15, covariance, 8);
    }

    [Fact]
    public void Zero_covariance_is_independent_poisson()
    {
        Assert.Equal(
            Poisson.Probabilities(1.2, 2)[2] * Poisson.Probabilities(0.8, 1)[1],
            BivariatePoisson.Probability(2, 1, 1.2, 0.8, 0), 12);
        // Hand check of P(1,1) = e^-(λ1+λ2+λ3)·(λ1·λ2 + λ3).
        Assert.Equal(Math.Exp(-2.2) * ((1.2 * 0.8) + 0.2), BivariatePoisson.Probability(1, 1, 1.2, 0.8, 0.2), 12);
    }

    [Fact]
    public void Analytic_gradient_matches_central_finite_differences()
    {
        var random = new Random(TestSeed.Fixed(4));
        var teams = Enumerable.Range(0, 6).Select(i => $"T{i}").ToArray();
        var matches = Enumerable.Range(0, 120)
            .Select(i => new MatchRecord(new DateOnly(2021, 1, 1).AddDays(i), teams[i % 6], teams[(i + 1 + (i / 6 % 5)) % 6], random.Next(0, 5), random.Next(0, 4)))
            .ToList();
        var likelihood = new BivariatePoissonLikelihood(matches, new DateOnly(2021, 6, 1), new DixonColesOptions { TimeDecayPerDay = 0.004, Shrinkage = 1 });
        var p = likelihood.InitialGuess().Select(v => v + ((random.NextDouble() - 0.5) * 0.4)).ToArray();
        var analytic = new double[p.Length];
        likelihood.Evaluate(p, analytic);

        var scratch = new double[p.Length];
        for (var i = 0; i < p.Length; i++)
        {
            var up = (double[])p.Clone();
            var down = (double[])p.Clone();
            up[i] += 1e-6;
            down[i] -= 1e-6;
            var numeric = (likelihood.Evaluate(up, scratch) - likelihood.Evaluate(down, scratch)) / 2e-6;
            Assert.True(Math.Abs(numeric - analytic[i]) < 1e-7 + (1e-5 * Math.Abs(numeric)), $"parameter {i}: {analytic[i]} vs {numeric}");
        }
    }

    [Fact]
    public void Recovers_covariance_and_team_effects_from_synthetic_matches()
    {
        var random = new Random(TestSeed.Fixed(77));
        var teams = Enumerable.Range(0, 16).Select(i => $"T{i}").ToArray();
        var attack = teams.Select(_ => (random.NextDouble() - 0.5) * 0.6).ToArray();
        var mean = attack.Average();
        attack = [.. attack.Select(a => a - mean)];
        var matches = new List<MatchRecord>();
        var date = new DateOnly(2010, 1, 1);
        for (var round = 0; round < 12; round++)
        {
            for (var h = 0; h < teams.Length; h++)
            {
                for (var a = 0; a < teams.Length; a++)
                {
                    if (h != a)
                    {
                        var shared = Draw(0.2, random);
                        matches.Add(new MatchRecord(date, teams[h], teams[a],
                            Draw(Math.Exp(0.0 + 0.3 + attack[h]), random) + shared,
                            Draw(Math.Exp(0.0 + attack[a]), random) + shared));
                    }
                }
            }

            date = date.AddDays(30);
        }

        var fit = new BivariatePoissonModel(new DixonColesOptions { TimeDecayPerDay = 0, Shrinkage = 0.01 }).Fit(matches, date);

        Assert.Equal(0.2, fit.Covariance, 0.06);
        Assert.Equal(0.3, fit.HomeAdvantage, 0.06);
        Assert.All(Enumerable.Range(0, teams.Length), i => Assert.Equal(attack[i], fit.Attack[teams[i]], 0.15));
        Assert.Equal(1.0, fit.Predict("T1", "T2").Probability((_, _) => true), 12);
    }

    private static int Draw(double mean, Random random)
    {
        // Knuth's multiplication method: fine for the small means of football.
        var limit = Math.Exp(-mean);
        var k = 0;
        for (var product = random.NextDouble(); product > limit; product *= random.NextDouble())
        {
            k++;
        }

        return k;
    }
}
