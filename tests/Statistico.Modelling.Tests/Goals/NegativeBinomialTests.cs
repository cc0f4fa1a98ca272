using Statistico.Modelling.Goals;
using Statistico.Testing;

namespace Statistico.Modelling.Tests.Goals;

[Trait("Category", "Unit")]
public sealed class NegativeBinomialTests
{
    [Fact]
    public void Has_the_right_mean_and_variance()
    {
        var p = NegativeBinomial.Probabilities(4.0, 5.0, 200);
        var mean = p.Select((q, k) => q * k).Sum();
        var variance = p.Select((q, k) => q * (k - mean) * (k - mean)).Sum();

        Assert.Equal(1.0, p.Sum(), 10);
        Assert.Equal(4.0, mean, 8);
        Assert.Equal(4.0 + (16.0 / 5.0), variance, 6);
        // P(0) = (r/(r+μ))^r = (5/9)^5
        Assert.Equal(Math.Pow(5.0 / 9.0, 5), p[0], 12);
    }

    [Fact]
    public void Large_size_tends_to_poisson()
    {
        var nb = NegativeBinomial.Probabilities(1.4, 1e7, 10);
        var poisson = Poisson.Probabilities(1.4, 10);

        for (var k = 0; k <= 10; k++)
        {
            Assert.Equal(poisson[k], nb[k], 6);
        }
    }

    [Fact]
    public void Negative_binomial_goal_model_recovers_the_dispersion_of_synthetic_counts()
    {
        var random = new Random(TestSeed.Fixed(31));
        const double size = 6.0;
        var teams = Enumerable.Range(0, 12).Select(i => $"T{i}").ToArray();
        var strength = teams.Select(_ => (random.NextDouble() - 0.5) * 0.4).ToArray();
        var matches = new List<MatchRecord>();
        var date = new DateOnly(2015, 1, 1);
        for (var round = 0; round < 40; round++)
        {
            for (var h = 0; h < teams.Length; h++)
            {
                for (var a = 0; a < teams.Length; a++)
                {
                    if (h != a)
                    {
                        var home = Sample(NegativeBinomial.Probabilities(Math.Exp(1.6 + 0.1 + strength[h] - strength[a]), size, 80), random);
                        var away = Sample(NegativeBinomial.Probabilities(Math.Exp(1.6 + strength[a] - strength[h]), size, 80), random);
                        matches.Add(new MatchRecord(date, teams[h], teams[a], home, away));
                    }
                }
            }

            date = date.AddDays(7);
        }

        var options = new DixonColesOptions
        {
            Distribution = CountDistribution.NegativeBinomial,
            LowScoreCorrection = false,
            TimeDecayPerDay = 0,
            Shrinkage = 0.01,
            MaxGoals = 40,
        };
        var fit = new DixonColesModel(options).Fit(matches, date);

        Assert.InRange(fit.Size, size * 0.8, size * 1.25);
        Assert.Equal(1.6, fit.Intercept, 0.05);
        Assert.Equal(0.1, fit.HomeAdvantage, 0.04);
        Assert.Equal("negative-binomial", new DixonColesModel(options).Name);
    }

    private static int Sample(double[] probabilities, Random random)
    {
        var u = random.NextDouble();
        for (var k = 0; k < probabilities.Length; k++)
        {
            u -= probabilities[k];
            if (u <= 0)
            {
                return k;
            }
        }

        return probabilities.Length - 1;
    }
}
