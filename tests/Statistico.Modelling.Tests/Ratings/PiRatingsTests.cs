using Statistico.Modelling.Ratings;

namespace Statistico.Modelling.Tests.Ratings;

[Trait("Category", "Unit")]
public sealed class PiRatingsTests
{
    [Fact]
    public void Follows_a_hand_worked_sequence()
    {
        var pi = new PiRatings();

        // A 2-0 B from zero: e = 2, ψ = 3·log10(3) = 1.4313638; λψ = 0.0500977; γλψ = 0.0350684.
        pi.Update("A", "B", 2);
        Assert.Equal(0.05009773174556456, pi["A"].Home, 12);
        Assert.Equal(0.03506841222189519, pi["A"].Away, 12);
        Assert.Equal(-0.05009773174556456, pi["B"].Away, 12);
        Assert.Equal(-0.03506841222189519, pi["B"].Home, 12);

        // B 1-0 A: expected ĝ(−0.0350684) − ĝ(0.0350684) = −0.0545630; observed 1.
        Assert.Equal(-0.054563017188267615, pi.ExpectedGoalDifference("B", "A"), 12);
        pi.Update("B", "A", 1);
        Assert.Equal(-0.0022328682494108312, pi["B"].Home, 12);
        Assert.Equal(-0.027112850964825512, pi["B"].Away, 12);
        Assert.Equal(0.027112850964825512, pi["A"].Home, 12);
        Assert.Equal(0.0022328682494108312, pi["A"].Away, 12);
    }

    [Fact]
    public void Expected_goal_difference_is_odd_in_the_rating()
    {
        var pi = new PiRatings();

        Assert.Equal(0, pi.ExpectedGoalDifference(0), 12);
        Assert.Equal(Math.Pow(10, 0.5 / 3) - 1, pi.ExpectedGoalDifference(0.5), 12);
        Assert.Equal(-pi.ExpectedGoalDifference(0.5), pi.ExpectedGoalDifference(-0.5), 12);
    }

    [Fact]
    public void Exact_prediction_changes_nothing()
    {
        var pi = new PiRatings();
        pi.Update("A", "B", 0);

        Assert.Equal(new PiRating(0, 0), pi["A"]);
    }
}
