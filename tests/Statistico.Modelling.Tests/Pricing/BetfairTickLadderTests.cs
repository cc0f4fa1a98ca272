using Statistico.Modelling.Pricing;

namespace Statistico.Modelling.Tests.Pricing;

[Trait("Category", "Unit")]
public sealed class BetfairTickLadderTests
{
    [Theory]
    [InlineData(1.99, 2.0)]
    [InlineData(2.0, 2.02)]
    [InlineData(2.98, 3.0)]
    [InlineData(3.0, 3.05)]
    [InlineData(4.0, 4.1)]
    [InlineData(6.0, 6.2)]
    [InlineData(10.0, 10.5)]
    [InlineData(20.0, 21)]
    [InlineData(30.0, 32)]
    [InlineData(50.0, 55)]
    [InlineData(100.0, 110)]
    [InlineData(990.0, 1000)]
    public void Next_tick_follows_betfair_increments(double tick, double next)
    {
        Assert.Equal(next, BetfairTickLadder.Next(tick));
        Assert.Equal(tick, BetfairTickLadder.Previous(next));
    }

    [Fact]
    public void Ladder_runs_from_one_point_oh_one_to_a_thousand()
    {
        var ticks = BetfairTickLadder.Ticks;

        Assert.Equal(1.01, ticks[0]);
        Assert.Equal(1000, ticks[^1]);
        Assert.Null(BetfairTickLadder.Next(1000));
        Assert.Null(BetfairTickLadder.Previous(1.01));
        Assert.True(ticks.Zip(ticks.Skip(1)).All(pair => pair.Second > pair.First));
        // 100 ticks to 2, 50 to 3, 20 to 4, 20 to 6, 20 to 10, 20 to 20, 10 to 30, 10 to 50, 10 to 100, 90 to 1000.
        Assert.Equal(350, ticks.Count);
    }

    [Theory]
    [InlineData(2.013, 2.0, 2.02, 2.02)]
    [InlineData(3.52, 3.5, 3.55, 3.5)]
    [InlineData(7.1, 7.0, 7.2, 7.0)]
    [InlineData(2.5, 2.5, 2.5, 2.5)]
    [InlineData(1.001, 1.01, 1.01, 1.01)]
    [InlineData(1500, 1000, 1000, 1000)]
    public void Rounds_down_up_and_nearest(double price, double down, double up, double nearest)
    {
        Assert.Equal(down, BetfairTickLadder.RoundDown(price));
        Assert.Equal(up, BetfairTickLadder.RoundUp(price));
        Assert.Equal(nearest, BetfairTickLadder.RoundNearest(price));
    }

    [Fact]
    public void Counts_ticks_between_prices()
    {
        Assert.Equal(4, BetfairTickLadder.TicksBetween(1.98, 2.04));
        Assert.Equal(-1, BetfairTickLadder.TicksBetween(3.05, 3.0));
        Assert.True(BetfairTickLadder.IsTick(4.1));
        Assert.False(BetfairTickLadder.IsTick(4.15));
    }
}
