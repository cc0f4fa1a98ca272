using Statistico.Modelling.Goals;
using Statistico.Modelling.Tests.Support;
using Statistico.Testing;

namespace Statistico.Modelling.Tests.Goals;

/// <summary>Newton's method on the Dixon–Coles objective (ADR 1101): its Hessian, and that it finds L-BFGS's optimum.</summary>
[Trait("Category", "Unit")]
public sealed class DixonColesNewtonTests
{
    private static readonly string[] TrainingSeasons = ["2016-17", "2017-18", "2018-19"];

    [Theory]
    [InlineData(0.0, 0.0, true, 0.0)]
    [InlineData(0.003, 0.3, true, -0.2)]
    [InlineData(0.002, 0.0, false, 0.0)]
    public void Hessian_matches_central_finite_differences_of_the_gradient(double xi, double shotsWeight, bool lowScoreCorrection, double newcomerPrior)
    {
        var likelihood = SyntheticLikelihood(new DixonColesOptions
        {
            TimeDecayPerDay = xi, ShotsOnTargetWeight = shotsWeight, Shrinkage = 1.5, LowScoreCorrection = lowScoreCorrection,
            NewcomerPrior = newcomerPrior, NewcomerAfterDays = 60,
        });
        var random = new Random(TestSeed.Fixed(12));
        var p = new double[likelihood.ParameterCount];
        for (var i = 0; i < p.Length; i++)
        {
            p[i] = (random.NextDouble() - 0.5) * 0.6;
        }

        var size = p.Length;
        var gradient = new double[size];
        var hessian = new double[size * size];
        var value = likelihood.EvaluateWithHessian(p, gradient, hessian);

        var reference = new double[size];
        Assert.Equal(likelihood.Evaluate(p, reference), value, 1e-12);
        Assert.All(Enumerable.Range(0, size), i => Assert.Equal(reference[i], gradient[i], 1e-12));

        var numeric = NumericHessian.Central((at, into) => likelihood.Evaluate(at, into), p);
        for (var k = 0; k < size * size; k++)
        {
            Assert.True(
                Math.Abs(numeric[k] - hessian[k]) < 1e-6 + (1e-5 * Math.Abs(numeric[k])),
                $"H[{k / size},{k % size}]: analytic {hessian[k]}, numeric {numeric[k]}");
        }
    }

    [Fact]
    public void Newton_fit_reaches_the_lbfgs_optimum_on_three_premier_league_seasons()
    {
        var matches = TrainingSeasons.SelectMany(s => FootballDataFile.Read("E0", s)).Select(r => r.ToMatch()).ToList();
        var asOf = new DateOnly(2019, 6, 1);
        var options = new DixonColesOptions();
        var likelihood = new DixonColesLikelihood(matches, asOf, options);
        var (lbfgs, _, _) = LbfgsMinimiser.Minimise(likelihood.Evaluate, null, likelihood.InitialGuess(), 1e-9, likelihood.DiagonalScale());

        var newton = new DixonColesModel(options).Fit(matches, asOf);

        Assert.Equal(lbfgs[DixonColesLikelihood.InterceptIndex], newton.Intercept, 1e-6);
        Assert.Equal(lbfgs[DixonColesLikelihood.HomeAdvantageIndex], newton.HomeAdvantage, 1e-6);
        Assert.Equal(DixonColesLikelihood.Rho(lbfgs[DixonColesLikelihood.RawRhoIndex]), newton.Rho, 1e-6);
        for (var i = 0; i < likelihood.Teams.Count; i++)
        {
            var team = likelihood.Teams.Names[i];
            Assert.Equal(lbfgs[DixonColesLikelihood.AttackIndex(i)], newton.Attack[team], 1e-6);
            Assert.Equal(lbfgs[likelihood.DefenceIndex(i)], newton.Defence[team], 1e-6);
        }

        Assert.InRange(newton.Evaluations, 1, 15);
    }

    private static DixonColesLikelihood SyntheticLikelihood(DixonColesOptions options)
    {
        var league = new SyntheticLeague(8, 0.1, 0.25, -0.08, seed: TestSeed.Fixed(3));
        var random = new Random(TestSeed.Fixed(11));
        var matches = league.Play(2, new DateOnly(2020, 8, 1), seed: TestSeed.Fixed(5))
            .Select(m => m with { HomeShotsOnTarget = random.Next(0, 9), AwayShotsOnTarget = random.Next(0, 7) })
            .ToList();
        var late = matches[^1].Date;
        matches.Add(new MatchRecord(late, "Promoted", "Team01", 0, 0));
        matches.Add(new MatchRecord(late, "Team02", "Promoted", 1, 0));
        return new DixonColesLikelihood(matches, new DateOnly(2022, 8, 1), options);
    }
}
