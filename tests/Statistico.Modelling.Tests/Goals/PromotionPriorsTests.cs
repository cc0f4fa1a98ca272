using Statistico.Modelling.Goals;
using Statistico.Modelling.Tests.Support;
using Statistico.Testing;

namespace Statistico.Modelling.Tests.Goals;

[Trait("Category", "Unit")]
public sealed class PromotionPriorsTests
{
    private static readonly string[] Seasons = ["2016-17", "2017-18", "2018-19"];

    [Fact]
    public void Promoted_teams_start_from_their_championship_strength_less_the_gap()
    {
        var asOf = new DateOnly(2019, 8, 20);
        var championship = new DixonColesModel().Fit(Seasons.SelectMany(s => FootballDataFile.Read("E1", s)).Select(r => r.ToMatch()).ToList(), asOf);
        string[] promoted = ["Norwich", "Sheffield United", "Aston Villa", "Nobody"];

        var priors = PromotionPriors.From(championship, promoted, -PromotionPriors.EnglandTopTwoGap);

        Assert.Equal(3, priors.Count);
        Assert.Equal(championship.Attack["Norwich"] - 0.4, priors["Norwich"].Attack, 12);
        Assert.Equal(championship.Defence["Sheffield United"] - 0.4, priors["Sheffield United"].Defence, 12);
    }

    [Fact]
    public void Team_priors_pull_a_team_with_little_data_towards_them()
    {
        var league = new SyntheticLeague(10, 0.1, 0.25, -0.05, seed: TestSeed.Fixed(90));
        var matches = league.Play(2, new DateOnly(2018, 8, 1), seed: TestSeed.Fixed(91));
        matches.Add(new MatchRecord(matches[^1].Date, "Arrival", "Team01", 1, 1));
        var asOf = matches[^1].Date.AddDays(1);
        var options = new DixonColesOptions { Shrinkage = 5 };

        var neutral = new DixonColesModel(options).Fit(matches, asOf);
        var strong = new DixonColesModel(options with
        {
            TeamPriors = new Dictionary<string, (double Attack, double Defence)> { ["Arrival"] = (0.5, 0.4) },
        }).Fit(matches, asOf);

        Assert.True(strong.Attack["Arrival"] > neutral.Attack["Arrival"] + 0.2);
        Assert.True(strong.Defence["Arrival"] > neutral.Defence["Arrival"] + 0.2);
    }

    [Fact]
    public void A_production_model_without_priors_is_the_production_model_and_a_team_with_only_a_prior_gets_it()
    {
        var league = new SyntheticLeague(10, 0.1, 0.25, -0.05, seed: TestSeed.Fixed(92));
        var matches = league.Play(2, new DateOnly(2018, 8, 1), seed: TestSeed.Fixed(93));
        var asOf = matches[^1].Date.AddDays(1);

        var plain = ProductionModel.Create().Fit(matches, asOf);
        var empty = ProductionModel.Create(new Dictionary<string, (double Attack, double Defence)>()).Fit(matches, asOf);
        var withArrival = ProductionModel.Create(new Dictionary<string, (double Attack, double Defence)> { ["Arrival"] = (-0.3, -0.25) }).Fit(matches, asOf);

        Assert.Equal(plain.Predict("Team01", "Team02").HomeWin, empty.Predict("Team01", "Team02").HomeWin, 15);
        Assert.False(plain.Knows("Arrival"));
        var goals = Assert.IsType<DixonColesFit>(((IBlendedGoalFit)withArrival).Goals);
        Assert.Equal(-0.3, goals.Attack["Arrival"], 15);
        Assert.Equal(-0.25, goals.Defence["Arrival"], 15);
        // A prior for a team not in the data leaves every other parameter where it was.
        var plainGoals = (DixonColesFit)((IBlendedGoalFit)plain).Goals;
        Assert.Equal(plainGoals.Attack["Team01"], goals.Attack["Team01"], 12);
        // The weaker arrival is priced below an average side.
        Assert.True(withArrival.Predict("Team01", "Arrival").HomeWin > plain.Predict("Team01", "Arrival").HomeWin);
    }
}
