using Statistico.Trader.Live;

namespace Statistico.Trader.Tests.Live;

/// <summary>A market's commission split over its settled bets adds up to exactly what the exchange charged.</summary>
[Trait("Category", "Unit")]
public sealed class LiveCommissionSharesTests
{
    [Fact]
    public void One_winner_carries_the_whole_commission()
    {
        var shares = CommissionShares.Of(0.45m, [("1", 9m)]);
        Assert.Equal(0.45m, shares["1"]);
    }

    [Fact]
    public void Winners_share_in_proportion_to_profit_losers_carry_none_and_the_pennies_add_up()
    {
        // Net winnings 10 + 5 + 5 − 4 = 16 at 5 %: 0.80 charged on the market.
        var shares = CommissionShares.Of(0.80m, [("a", 10m), ("b", 5m), ("c", 5m), ("d", -4m)]);
        Assert.Equal(0m, shares["d"]);
        Assert.Equal(0.20m, shares["b"]);
        Assert.Equal(0.20m, shares["c"]);
        Assert.Equal(0.40m, shares["a"]);
        Assert.Equal(0.80m, shares.Values.Sum());
    }

    [Fact]
    public void Rounding_remainders_go_to_the_largest_winner_so_the_sum_is_exact()
    {
        var shares = CommissionShares.Of(0.10m, [("a", 1m), ("b", 1m), ("c", 1m)]);
        Assert.Equal(0.10m, shares.Values.Sum());
        Assert.All(shares.Values, share => Assert.InRange(share, 0.03m, 0.04m));
    }

    [Fact]
    public void No_commission_when_the_market_lost()
    {
        var shares = CommissionShares.Of(0m, [("a", -5m), ("b", 2m)]);
        Assert.All(shares.Values, share => Assert.Equal(0m, share));
    }
}
