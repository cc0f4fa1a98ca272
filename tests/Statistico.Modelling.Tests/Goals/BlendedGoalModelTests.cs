using Statistico.Modelling.Goals;
using Statistico.Modelling.Ratings;
using Statistico.Modelling.Tests.Support;
using Statistico.Testing;

namespace Statistico.Modelling.Tests.Goals;

[Trait("Category", "Unit")]
public sealed class BlendedGoalModelTests
{
    [Fact]
    public void Rescaled_matrix_has_the_target_match_odds_and_keeps_scoreline_shape_within_each_outcome()
    {
        var matrix = DixonColesCorrection.Matrix(1.5, 1.1, -0.06);

        var adjusted = matrix.WithMatchOdds(0.40, 0.30, 0.30);

        Assert.Equal(0.40, adjusted.HomeWin, 12);
        Assert.Equal(0.30, adjusted.Draw, 12);
        Assert.Equal(0.30, adjusted.AwayWin, 12);
        Assert.Equal(matrix[2, 1] / matrix[1, 0], adjusted[2, 1] / adjusted[1, 0], 12);
        Assert.Equal(matrix[0, 0] / matrix[1, 1], adjusted[0, 0] / adjusted[1, 1], 12);
    }

    [Fact]
    public void Blend_averages_the_match_odds_of_both_models()
    {
        var league = new SyntheticLeague(8, 0.1, 0.3, -0.05, seed: TestSeed.Fixed(12));
        var matches = league.Play(3, new DateOnly(2019, 8, 1), seed: TestSeed.Fixed(13));
        var asOf = matches[^1].Date.AddDays(1);
        var goals = new DixonColesModel();
        var outcomes = new PiRatingOutcomeModel();

        var blended = new BlendedGoalModel(goals, outcomes, 0.5).Fit(matches, asOf).Predict("Team01", "Team05");
        var dc = goals.Fit(matches, asOf).Predict("Team01", "Team05");
        var pi = outcomes.Fit(matches, asOf).Predict("Team01", "Team05");

        Assert.Equal((dc.HomeWin + pi[0]) / 2, blended.HomeWin, 9);
        Assert.Equal((dc.Draw + pi[1]) / 2, blended.Draw, 9);
        Assert.Equal((dc.AwayWin + pi[2]) / 2, blended.AwayWin, 9);
    }

    [Fact]
    public void Continuing_pi_fit_has_the_ratings_of_one_run_over_all_matches()
    {
        var league = new SyntheticLeague(8, 0.1, 0.3, -0.05, seed: TestSeed.Fixed(21));
        var matches = league.Play(2, new DateOnly(2019, 8, 1), seed: TestSeed.Fixed(22));
        var middle = matches[60].Date;
        var end = matches[^1].Date.AddDays(1);
        var model = new PiRatingOutcomeModel();

        var continued = model.Fit(matches, end, model.Fit(matches, middle));
        var direct = model.Fit(matches, end);
        var byHand = new PiRatings(model.Options.Ratings);
        foreach (var m in matches)
        {
            byHand.Update(m.HomeTeam, m.AwayTeam, m.HomeGoals - m.AwayGoals);
        }

        Assert.All(league.Names, team => Assert.Equal(direct.Ratings[team], continued.Ratings[team]));
        Assert.All(league.Names, team => Assert.Equal(byHand[team], direct.Ratings[team]));
        Assert.True(continued.Observations.Count > direct.Observations.Count);
    }
}
