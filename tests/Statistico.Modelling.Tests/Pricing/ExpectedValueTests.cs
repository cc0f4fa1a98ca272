using Statistico.Modelling.Pricing;

namespace Statistico.Modelling.Tests.Pricing;

[Trait("Category", "Unit")]
public sealed class ExpectedValueTests
{
    [Fact]
    public void Back_bet_expected_value_after_commission_matches_hand_computation()
    {
        // 0.5 · 1.1 · 0.95 − 0.5 = 0.0225
        Assert.Equal(0.0225, ExpectedValue.Back(0.5, 2.1, 0.05), 12);
        Assert.Equal(0.05, ExpectedValue.Back(0.5, 2.1), 12);
    }

    [Fact]
    public void Lay_bet_expected_value_after_commission_matches_hand_computation()
    {
        // Lay 1 unit at 2.1, selection wins with 0.45: 0.55 · 0.95 − 0.45 · 1.1 = 0.0275
        Assert.Equal(0.0275, ExpectedValue.Lay(0.45, 2.1, 0.05), 12);
        Assert.Equal(0.0275 / 1.1, ExpectedValue.LayPerLiability(0.45, 2.1, 0.05), 12);
    }

    [Fact]
    public void Break_even_odds_give_zero_expected_value()
    {
        var back = ExpectedValue.BreakEvenBackOdds(0.4, 0.02);
        var lay = ExpectedValue.BreakEvenLayOdds(0.4, 0.02);

        Assert.Equal(0, ExpectedValue.Back(0.4, back, 0.02), 12);
        Assert.Equal(0, ExpectedValue.Lay(0.4, lay, 0.02), 12);
        Assert.Equal(2.5, ExpectedValue.BreakEvenBackOdds(0.4), 12);
        Assert.True(back > 2.5 && lay < 2.5);
    }
}
