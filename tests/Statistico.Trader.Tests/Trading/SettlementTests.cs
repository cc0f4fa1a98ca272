using Statistico.Contracts.Trading;
using Statistico.Trader.Markets;
using Statistico.Trader.Trading;

namespace Statistico.Trader.Tests.Trading;

/// <summary>Settlement against hand-computed figures (not the code's own formula), including rounding midpoints.</summary>
[Trait("Category", "Unit")]
public sealed class SettlementTests
{
    [Theory]
    // Back 10 @ 2.50 wins 10 × 1.5 = 15.00; 5% commission 0.75; net 14.25.
    [InlineData("Back", "10", "2.50", "Won", "Won", "15.00", "0.75", "14.25")]
    // Back 10 @ 2.50 loses the stake; no commission on a loss.
    [InlineData("Back", "10", "2.50", "Lost", "Lost", "-10", "0", "-10")]
    // Lay 10 @ 3.00 when the selection wins pays the backer 10 × 2 = 20.00.
    [InlineData("Lay", "10", "3.00", "Won", "Lost", "-20.00", "0", "-20.00")]
    // Lay 10 @ 3.00 when the selection loses keeps the backer's 10; commission 0.50; net 9.50.
    [InlineData("Lay", "10", "3.00", "Lost", "Won", "10", "0.50", "9.50")]
    // 3.33 × 0.5 = 1.665, half to even → 1.66; 1.66 × 5% = 0.083 → 0.08; net 1.58.
    [InlineData("Back", "3.33", "1.50", "Won", "Won", "1.66", "0.08", "1.58")]
    // 1.00 × 0.5 = 0.50; 0.50 × 5% = 0.025, half to even → 0.02; net 0.48.
    [InlineData("Back", "1.00", "1.50", "Won", "Won", "0.50", "0.02", "0.48")]
    // 1.00 × 0.7 = 0.70; 0.70 × 5% = 0.035, half to even → 0.04; net 0.66.
    [InlineData("Back", "1.00", "1.70", "Won", "Won", "0.70", "0.04", "0.66")]
    public void A_matched_bet_settles_to_the_hand_computed_profit_and_commission(
        string side, string size, string price, string result, string outcome, string gross, string commission, string net)
    {
        var settlement = Settlement.Of(Enum.Parse<Side>(side), decimal.Parse(size), decimal.Parse(price), Enum.Parse<SelectionResult>(result), 0.05);

        Assert.Equal(Enum.Parse<TradeOutcome>(outcome), settlement.Outcome);
        Assert.Equal(decimal.Parse(gross), settlement.Gross);
        Assert.Equal(decimal.Parse(commission), settlement.Commission);
        Assert.Equal(decimal.Parse(net), settlement.Net);
    }

    [Fact]
    public void A_void_selection_returns_the_stake_with_nothing_won_or_charged()
    {
        var settlement = Settlement.Of(Side.Back, 10, 2.5m, SelectionResult.Void, 0.05);

        Assert.Equal(new Settlement(TradeOutcome.Void, 0, 0, 0), settlement);
    }
}
