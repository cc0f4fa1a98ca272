using Statistico.Modelling.Pricing;

namespace Statistico.Modelling.Tests.Pricing;

/// <summary>Settlement money against amounts worked out by hand (the arithmetic is in the comments), never the code's own formula.</summary>
[Trait("Category", "Unit")]
public sealed class MarketCommissionTests
{
    [Theory]
    // 24.50 × 0.05 = 1.225, exactly half a penny: banker's rounding goes to the even 1.22 (away from zero would give 1.23).
    [InlineData("24.50", "1.22")]
    // 24.70 × 0.05 = 1.235: the other side of the rule, up to the even 1.24.
    [InlineData("24.70", "1.24")]
    // 24.51 × 0.05 = 1.2255: past the midpoint, so up to 1.23 whatever the midpoint rule.
    [InlineData("24.51", "1.23")]
    // 24.49 × 0.05 = 1.2245: short of the midpoint, so down to 1.22.
    [InlineData("24.49", "1.22")]
    // 0.10 × 0.05 = 0.005: the smallest midpoint goes to the even 0.00.
    [InlineData("0.10", "0.00")]
    // 0.30 × 0.05 = 0.015: up to the even 0.02.
    [InlineData("0.30", "0.02")]
    public void Commission_is_rounded_to_pennies_with_halves_to_the_even_penny(string net, string expected) =>
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture),
            MarketCommission.OnNetWinnings(decimal.Parse(net, System.Globalization.CultureInfo.InvariantCulture), 0.05m));

    [Fact]
    public void Winnings_are_rounded_to_pennies_with_halves_to_the_even_penny()
    {
        // 1.25 × (1.5 − 1) = 0.625 → 0.62; 1.35 × 0.5 = 0.675 → 0.68; 3.33 × 0.55 = 1.8315 → 1.83.
        Assert.Equal(0.62m, MarketCommission.MatchedProfit(1.25m, 1.5m, isBack: true, selectionWins: true));
        Assert.Equal(0.68m, MarketCommission.MatchedProfit(1.35m, 1.5m, isBack: true, selectionWins: true));
        Assert.Equal(1.83m, MarketCommission.MatchedProfit(3.33m, 1.55m, isBack: true, selectionWins: true));
    }

    [Fact]
    public void Commission_is_charged_once_on_the_net_winnings_of_a_market()
    {
        // Back 10 at 3.45 on the winner: +24.50. Lay 2 at 2.0 on a loser: the layer keeps +2.00.
        // Back 2 at 5.0 on another loser: −2.00. Net 24.50; 5% of it is 1.225 → 1.22.
        // Charged per bet instead it would be 5% of 24.50 and of 2.00 = 1.225 + 0.10 = 1.325 → 1.32: the netting matters.
        var net = MarketCommission.MatchedProfit(10m, 3.45m, isBack: true, selectionWins: true)
            + MarketCommission.MatchedProfit(2m, 2.0m, isBack: false, selectionWins: false)
            + MarketCommission.MatchedProfit(2m, 5.0m, isBack: true, selectionWins: false);

        Assert.Equal(24.50m, net);
        Assert.Equal(1.22m, MarketCommission.OnNetWinnings(net, 0.05m));
    }

    [Fact]
    public void A_market_lost_on_the_net_pays_no_commission_even_with_winning_bets_in_it()
    {
        // Back 5 at 2.0 wins +5.00; back 8 at 3.0 on another runner loses −8.00; lay 4 at 3.0 on the winner loses −8.00.
        // Net −11.00: no commission, although one bet won.
        var net = MarketCommission.MatchedProfit(5m, 2.0m, isBack: true, selectionWins: true)
            + MarketCommission.MatchedProfit(8m, 3.0m, isBack: true, selectionWins: false)
            + MarketCommission.MatchedProfit(4m, 3.0m, isBack: false, selectionWins: true);

        Assert.Equal(-11.00m, net);
        Assert.Equal(0m, MarketCommission.OnNetWinnings(net, 0.05m));
    }

    [Fact]
    public void Only_the_matched_part_of_a_partly_matched_bet_settles()
    {
        // 10 asked at 4.0, 6 matched, 4 lapsed: wins 6 × 3 = 18.00, or loses the 6 matched; commission 5% of 18 = 0.90.
        Assert.Equal(18.00m, MarketCommission.MatchedProfit(6m, 4.0m, isBack: true, selectionWins: true));
        Assert.Equal(-6m, MarketCommission.MatchedProfit(6m, 4.0m, isBack: true, selectionWins: false));
        Assert.Equal(0.90m, MarketCommission.OnNetWinnings(18.00m, 0.05m));
    }

    [Fact]
    public void A_void_market_settles_nothing_and_pays_no_commission()
    {
        // A void hands the matched stakes back: nothing is matched any more, the net is 0.00, so is the commission.
        Assert.Equal(0m, MarketCommission.MatchedProfit(0m, 3.45m, isBack: true, selectionWins: true));
        Assert.Equal(0m, MarketCommission.OnNetWinnings(0m, 0.05m));
    }

    [Fact]
    public void A_lay_is_the_mirror_of_a_back()
    {
        // Lay 10 at 3.45: the selection wins → −24.50 (the backer's winnings); it loses → +10.00 (the backer's stake).
        Assert.Equal(-24.50m, MarketCommission.MatchedProfit(10m, 3.45m, isBack: false, selectionWins: true));
        Assert.Equal(10m, MarketCommission.MatchedProfit(10m, 3.45m, isBack: false, selectionWins: false));
    }

    [Theory]
    [InlineData("-0.01")]
    [InlineData("1")]
    public void A_rate_outside_zero_to_one_is_rejected(string rate) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => MarketCommission.OnNetWinnings(10m, decimal.Parse(rate, System.Globalization.CultureInfo.InvariantCulture)));
}
