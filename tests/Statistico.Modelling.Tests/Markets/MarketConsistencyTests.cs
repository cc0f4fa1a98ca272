using Statistico.Modelling.Goals;
using Statistico.Modelling.Markets;

namespace Statistico.Modelling.Tests.Markets;

[Trait("Category", "Unit")]
public sealed class MarketConsistencyTests
{
    private static readonly ScoreMatrix Matrix = DixonColesCorrection.Matrix(1.55, 1.05, -0.07);

    [Fact]
    public void Match_odds_sum_to_one_and_double_chance_to_two()
    {
        var matchOdds = MatchOddsMarket.Price(Matrix);
        var doubleChance = DoubleChanceMarket.Price(Matrix);

        Assert.Equal(1.0, matchOdds.Selections.Sum(s => s.EffectiveProbability), 12);
        Assert.Equal(2.0, doubleChance.Selections.Sum(s => s.EffectiveProbability), 12);
        Assert.Equal(
            matchOdds[SelectionNames.Home].EffectiveProbability + matchOdds[SelectionNames.Draw].EffectiveProbability,
            doubleChance[SelectionNames.HomeDraw].EffectiveProbability, 12);
        Assert.False(doubleChance.IsPartition);
    }

    [Fact]
    public void Every_partition_market_has_effective_probabilities_summing_to_one()
    {
        foreach (var market in MarketCompiler.CompileAll(Matrix).Where(m => m.IsPartition))
        {
            Assert.Equal(1.0, market.Selections.Sum(s => s.EffectiveProbability), 9);
            Assert.All(market.Selections, s => Assert.Equal(1.0, s.Settlement.Total, 9));
        }
    }

    [Fact]
    public void Every_market_and_line_is_compiled_with_betfair_codes()
    {
        var codes = MarketCompiler.CompileAll(Matrix).Select(m => m.MarketType).Distinct().ToList();

        Assert.Contains("OVER_UNDER_05", codes);
        Assert.Contains("OVER_UNDER_65", codes);
        Assert.Equal(
            ["MATCH_ODDS", "DOUBLE_CHANCE", "DRAW_NO_BET", "BOTH_TEAMS_TO_SCORE", "CORRECT_SCORE",
             "OVER_UNDER_05", "OVER_UNDER_15", "OVER_UNDER_25", "OVER_UNDER_35", "OVER_UNDER_45", "OVER_UNDER_55", "OVER_UNDER_65",
             "ASIAN_HANDICAP", "TEAM_TOTAL_GOALS"],
            codes);
        Assert.Equal(25, MarketCompiler.CompileAll(Matrix).Count(m => m.MarketType == MarketTypes.AsianHandicap));
    }

    [Fact]
    public void Draw_no_bet_is_the_level_asian_line()
    {
        var drawNoBet = DrawNoBetMarket.Price(Matrix);
        var level = AsianHandicapMarket.Price(Matrix, 0);

        Assert.Equal(drawNoBet[SelectionNames.Home].FairOdds, level[SelectionNames.Home].FairOdds, 12);
        Assert.Equal(drawNoBet[SelectionNames.Away].FairOdds, level[SelectionNames.Away].FairOdds, 12);
        Assert.Equal(Matrix.Draw, level[SelectionNames.Home].Settlement.Push, 12);
        // Hand check: DNB home fair odds = 1 + P(away)/P(home).
        Assert.Equal(1 + (Matrix.AwayWin / Matrix.HomeWin), drawNoBet[SelectionNames.Home].FairOdds, 12);
    }

    [Fact]
    public void Half_goal_asian_lines_equal_match_odds_and_double_chance()
    {
        var minusHalf = AsianHandicapMarket.Price(Matrix, -0.5);
        var plusHalf = AsianHandicapMarket.Price(Matrix, 0.5);

        Assert.Equal(Matrix.HomeWin, minusHalf[SelectionNames.Home].EffectiveProbability, 12);
        Assert.Equal(Matrix.Draw + Matrix.AwayWin, minusHalf[SelectionNames.Away].EffectiveProbability, 12);
        Assert.Equal(Matrix.HomeWin + Matrix.Draw, plusHalf[SelectionNames.Home].EffectiveProbability, 12);
        Assert.Equal(0.5, minusHalf[SelectionNames.Away].Handicap);
    }

    [Theory]
    [InlineData(-0.75, -0.5, -1.0)]
    [InlineData(-0.25, 0.0, -0.5)]
    [InlineData(0.25, 0.0, 0.5)]
    [InlineData(1.75, 1.5, 2.0)]
    public void Quarter_line_settles_as_two_half_stakes(double quarter, double lineA, double lineB)
    {
        var q = AsianHandicapMarket.Price(Matrix, quarter);
        var a = AsianHandicapMarket.Price(Matrix, lineA);
        var b = AsianHandicapMarket.Price(Matrix, lineB);

        foreach (var odds in new[] { 1.5, 1.9, 2.0, 2.6, 4.0 })
        {
            foreach (var side in new[] { SelectionNames.Home, SelectionNames.Away })
            {
                var expected = (a[side].Settlement.ExpectedValue(odds) + b[side].Settlement.ExpectedValue(odds)) / 2;
                Assert.Equal(expected, q[side].Settlement.ExpectedValue(odds), 12);
            }
        }
    }

    [Fact]
    public void Quarter_line_outcomes_match_a_hand_worked_example()
    {
        // Home −0.75: win by 2+ wins; win by exactly 1 half-wins; anything else loses.
        var market = AsianHandicapMarket.Price(Matrix, -0.75);
        var home = market[SelectionNames.Home].Settlement;
        var differences = Matrix.GoalDifferenceDistribution();
        var byOne = differences[Matrix.MaxGoals + 1];

        Assert.Equal(Matrix.HomeWin - byOne, home.Win, 12);
        Assert.Equal(byOne, home.HalfWin, 12);
        Assert.Equal(0, home.Push);
        Assert.Equal(0, home.HalfLoss);
        Assert.Equal(Matrix.Draw + Matrix.AwayWin, home.Loss, 12);
        Assert.Equal(0.5, AsianHandicapMarket.HomeResult(1, -0.75));
        Assert.Equal(-0.5, AsianHandicapMarket.HomeResult(0, -0.25));
        Assert.Equal(0, AsianHandicapMarket.HomeResult(-1, 1.0));
    }

    [Fact]
    public void Totals_and_btts_agree_with_the_matrix()
    {
        var over25 = OverUnderMarket.Price(Matrix, 2.5);
        var btts = BothTeamsToScoreMarket.Price(Matrix);

        Assert.Equal("OVER_UNDER_25", over25.MarketType);
        Assert.Equal(Matrix.Probability((h, a) => h + a >= 3), over25[SelectionNames.Over].EffectiveProbability, 12);
        Assert.Equal(Matrix.Probability((h, a) => h == 0 || a == 0), btts[SelectionNames.No].EffectiveProbability, 12);
        Assert.True(OverUnderMarket.Price(Matrix, 1.5)[SelectionNames.Over].EffectiveProbability
                    > over25[SelectionNames.Over].EffectiveProbability);
    }

    [Fact]
    public void Team_totals_sum_to_the_team_goal_distribution_and_whole_lines_push()
    {
        var homeOver = TeamTotalGoalsMarket.Price(Matrix, home: true, 1.5);
        var awayWhole = TeamTotalGoalsMarket.Price(Matrix, home: false, 1.0);

        Assert.Equal(Matrix.Probability((h, _) => h >= 2), homeOver[SelectionNames.HomeOver].EffectiveProbability, 12);
        Assert.Equal(Matrix.Probability((_, a) => a == 1), awayWhole[SelectionNames.AwayOver].Settlement.Push, 12);
        Assert.Equal(1.0, awayWhole.Selections.Sum(s => s.EffectiveProbability), 12);
    }

    [Fact]
    public void Correct_score_lists_sixteen_scores_and_three_any_others()
    {
        var market = CorrectScoreMarket.Price(Matrix);

        Assert.Equal(19, market.Selections.Count);
        Assert.Equal(Matrix[2, 1], market["2-1"].EffectiveProbability, 12);
        Assert.Equal(Matrix.Probability((h, a) => h > a && h > 3), market[SelectionNames.AnyOtherHome].EffectiveProbability, 12);
        Assert.Equal(Matrix.Probability((h, a) => h == a && h > 3), market[SelectionNames.AnyOtherDraw].EffectiveProbability, 12);
        Assert.Equal(Matrix.Probability((h, a) => a > h && a > 3), market[SelectionNames.AnyOtherAway].EffectiveProbability, 12);
    }

    [Fact]
    public void Count_line_markets_use_corner_and_card_codes()
    {
        var corners = CountLineMarket.Price(MarketTypes.OverUnderCorners(8.5), Poisson.Probabilities(10.2, 40), 8.5);
        var cards = CountLineMarket.Price(MarketTypes.OverUnderCards(4.5), Poisson.Probabilities(3.9, 30), 4.5);

        Assert.Equal("OVER_UNDER_85_CORNR", corners.MarketType);
        Assert.Equal("OVER_UNDER_45_CARDS", cards.MarketType);
        Assert.Equal(Poisson.Probabilities(3.9, 4).Sum(), cards[SelectionNames.Under].EffectiveProbability, 9);
    }
}
