using Statistico.Modelling.Ratings;

namespace Statistico.Modelling.Tests.Ratings;

[Trait("Category", "Unit")]
public sealed class EloRatingsTests
{
    [Theory]
    [InlineData(0, 1.0)]
    [InlineData(1, 1.0)]
    [InlineData(-2, 1.5)]
    [InlineData(3, 1.75)]
    [InlineData(5, 2.0)]
    public void Goal_difference_multiplier(int difference, double expected)
    {
        Assert.Equal(expected, EloRatings.GoalDifferenceMultiplier(difference), 12);
    }

    [Fact]
    public void Follows_a_hand_worked_sequence()
    {
        var elo = new EloRatings(new EloOptions { K = 20, HomeAdvantage = 100, InitialRating = 1500 });

        // A 3-0 B: We = 1/(1 + 10^(−100/400)) = 0.6400649998; change 20·1.75·(1 − We) = 12.5977250069.
        Assert.Equal(0.6400649998028851, elo.ExpectedHomeScore("A", "B"), 12);
        Assert.Equal(12.59772500689902, elo.Update("A", "B", 3, 0), 9);
        Assert.Equal(1512.59772500689902, elo["A"], 9);

        // B 1-1 A: We = 0.6060192269; change 20·(0.5 − We) = −2.1203845378.
        Assert.Equal(-2.120384537812634, elo.Update("B", "A", 1, 1), 9);
        Assert.Equal(1514.7181095447118, elo["A"], 9);
        Assert.Equal(1485.2818904552882, elo["B"], 9);
        Assert.Equal(3000, elo.Ratings.Values.Sum(), 9);
    }
}
