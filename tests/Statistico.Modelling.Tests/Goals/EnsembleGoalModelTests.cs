using Statistico.Modelling.Goals;
using Statistico.Modelling.Tests.Support;
using Statistico.Testing;

namespace Statistico.Modelling.Tests.Goals;

[Trait("Category", "Unit")]
public sealed class EnsembleGoalModelTests
{
    [Fact]
    public void Ensemble_matrix_is_the_weighted_mixture_of_its_members()
    {
        var league = new SyntheticLeague(8, 0.1, 0.3, -0.05, seed: TestSeed.Fixed(40));
        var matches = league.Play(3, new DateOnly(2019, 8, 1), seed: TestSeed.Fixed(41));
        var asOf = matches[^1].Date.AddDays(1);
        var dc = new DixonColesModel();
        var bp = new BivariatePoissonModel();

        var ensemble = new EnsembleGoalModel([(dc, 3), (bp, 1)]);
        var mixed = ensemble.Fit(matches, asOf).Predict("Team02", "Team06");
        var first = dc.Fit(matches, asOf).Predict("Team02", "Team06");
        var second = bp.Fit(matches, asOf).Predict("Team02", "Team06");

        Assert.Equal("ensemble(dixon-coles,bivariate-poisson)", ensemble.Name);
        Assert.Equal((0.75 * first[1, 1]) + (0.25 * second[1, 1]), mixed[1, 1], 9);
        Assert.Equal((0.75 * first.HomeWin) + (0.25 * second.HomeWin), mixed.HomeWin, 9);
    }

    [Fact]
    public void Non_positive_weights_are_rejected()
    {
        Assert.Throws<ArgumentException>(() => new EnsembleGoalModel([(new DixonColesModel(), 0)]));
    }
}
