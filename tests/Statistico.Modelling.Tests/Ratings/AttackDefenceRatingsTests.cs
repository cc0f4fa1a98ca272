using Statistico.Modelling.Ratings;

namespace Statistico.Modelling.Tests.Ratings;

[Trait("Category", "Unit")]
public sealed class AttackDefenceRatingsTests
{
    private static readonly AttackDefenceOptions Options = new()
    {
        DefaultK = 20,
        KByCompetition = new Dictionary<string, double> { ["CUP"] = 30 },
    };

    [Fact]
    public void Follows_a_hand_worked_sequence()
    {
        var ratings = new AttackDefenceRatings(Options);

        // A 2-0 B (K 20): A scores 1000/1000·20·2 = 40; B, equal ratings and no goal, −K = −20.
        var first = ratings.Update(RatedMatch.FromScore("E0", "A", "B", 2, 0));
        Assert.Equal((40.0, -20.0), first);
        Assert.Equal(new AttackDefenceRating(1040, 980), ratings["A"]);
        Assert.Equal(new AttackDefenceRating(980, 1040), ratings["B"]);

        // C 1-0 A in the cup (K 30): C scores 1000/980·30; A, attack 1040 against defence 1000,
        // fails to score: −(1040/1000)·1.5·30 = −46.8.
        var second = ratings.Update(RatedMatch.FromScore("CUP", "C", "A", 1, 0));
        Assert.Equal(30 * 1000 / 980.0, second.HomePoints, 12);
        Assert.Equal(-46.8, second.AwayPoints, 12);
        Assert.Equal(1000 + (30 * 1000 / 980.0), ratings["C"].Attack, 12);
        Assert.Equal(1000 - 46.8, ratings["C"].Defence, 12);
        Assert.Equal(1040 - 46.8, ratings["A"].Attack, 12);
        Assert.Equal(980 + (30 * 1000 / 980.0), ratings["A"].Defence, 12);
    }

    [Fact]
    public void Late_goals_that_extend_a_two_goal_lead_count_one_over_the_lead()
    {
        var ratings = new AttackDefenceRatings(Options);
        var match = new RatedMatch("E0", "A", "B",
            [new GoalEvent(10, true), new GoalEvent(75, true), new GoalEvent(80, true), new GoalEvent(85, false), new GoalEvent(88, true)],
            []);

        // 1 + 1/2 (2-0 at 75) + 1/3 (3-0 at 80) + 1/3 (4-1 at 88); the away goal leaves no lead.
        var (home, away) = ratings.AdjustedGoals(match);

        Assert.Equal(1 + 0.5 + (1 / 3.0) + (1 / 3.0), home, 12);
        Assert.Equal(1, away, 12);
    }

    [Fact]
    public void Red_cards_discount_goals_against_ten_men_and_reward_goals_by_ten_men()
    {
        var ratings = new AttackDefenceRatings(Options);
        var match = new RatedMatch("E0", "A", "B",
            [new GoalEvent(10, true), new GoalEvent(65, true), new GoalEvent(85, false)],
            [new RedCardEvent(60, ToHome: false)]);

        var (home, away) = ratings.AdjustedGoals(match);

        Assert.Equal(1 + 0.75, home, 12);
        Assert.Equal(1 / 0.75, away, 12);
    }

    [Theory]
    [InlineData(1000, 1000, 2.0, 40.0)]
    [InlineData(1100, 1000, 1.0, 22.0)]
    [InlineData(1000, 1000, 0.0, -20.0)]
    [InlineData(1100, 1000, 0.0, -33.0)]
    [InlineData(900, 1000, 0.0, -27.0)]
    public void Points_rule(double attack, double defence, double goals, double expected)
    {
        Assert.Equal(expected, AttackDefenceRatings.Points(attack, defence, 20, goals), 12);
    }
}
