using Statistico.Modelling.Goals;
using Statistico.Modelling.Tests.Support;
using Statistico.Testing;

namespace Statistico.Modelling.Tests.Goals;

[Trait("Category", "Unit")]
public sealed class StatisticsRegressionTests
{
    private static readonly string[] TrainingSeasons = ["2016-17", "2017-18", "2018-19"];

    [Fact]
    public void Team_form_is_a_time_decayed_mean_relative_to_the_league()
    {
        var form = new TeamForm(decayPerDay: 0.1);
        var day = new DateOnly(2020, 1, 1);
        form.Add(new MatchRecord(day, "A", "B", 2, 1));
        form.Add(new MatchRecord(day.AddDays(10), "A", "C", 0, 0));

        // A's goals-for mean: (2·e^-1 + 0)/(e^-1 + 1); league goals per side: (2 + 1 + 0 + 0)/4.
        var teamMean = 2 * Math.Exp(-1) / (Math.Exp(-1) + 1);
        var expected = Math.Log((teamMean + 0.1) / (0.75 + 0.1));
        Assert.Equal(expected, form.Features("A")[0], 12);
        Assert.Equal(2, form.MatchesPlayed("A"));
        Assert.Equal(0, form.Features("Nobody")[0]);
    }

    [Fact]
    public void Poisson_regression_gradient_matches_finite_differences()
    {
        var random = new Random(TestSeed.Fixed(3));
        var rows = Enumerable.Range(0, 100).Select(_ => new[] { 1, random.NextDouble(), random.NextDouble() - 0.5 }).ToArray();
        var counts = rows.Select(_ => (double)random.Next(0, 4)).ToArray();
        var weights = rows.Select(_ => 0.5 + random.NextDouble()).ToArray();
        var likelihood = new PoissonRegressionLikelihood(rows, counts, weights, ridge: 0.3);
        double[] beta = [0.2, -0.4, 0.7];
        var analytic = new double[3];
        likelihood.Evaluate(beta, analytic);

        var scratch = new double[3];
        for (var j = 0; j < 3; j++)
        {
            var up = (double[])beta.Clone();
            var down = (double[])beta.Clone();
            up[j] += 1e-6;
            down[j] -= 1e-6;
            Assert.Equal((likelihood.Evaluate(up, scratch) - likelihood.Evaluate(down, scratch)) / 2e-6, analytic[j], 7);
        }
    }

    [Fact]
    public void Regression_on_form_rates_strong_attacks_above_weak_ones()
    {
        var matches = TrainingSeasons.SelectMany(s => FootballDataFile.Read("E0", s)).Select(r => r.ToMatch()).ToList();

        var fit = new StatisticsRegressionModel().Fit(matches, new DateOnly(2019, 8, 9));
        var (cityHome, burnleyAway) = fit.ExpectedGoals("Man City", "Burnley");

        Assert.Equal(StatisticsRegressionFit.CoefficientCount, fit.Coefficients.Count);
        Assert.True(fit.Coefficients[1] > 0, "home effect");
        Assert.True(fit.Coefficients[3] > 0, "shots-on-target form carries signal");
        Assert.True(cityHome > 2 && burnleyAway < 1, $"{cityHome} - {burnleyAway}");
        Assert.True(fit.Knows("Burnley"));
    }
}
