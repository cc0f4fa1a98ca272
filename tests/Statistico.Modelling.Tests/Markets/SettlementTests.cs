using Statistico.Modelling.Markets;

namespace Statistico.Modelling.Tests.Markets;

/// <summary>Settlement distributions against values worked out by hand, not through the code's own formulas.</summary>
[Trait("Category", "Unit")]
public sealed class SettlementTests
{
    [Fact]
    public void A_quarter_line_half_win_and_half_loss_count_as_half_stakes()
    {
        // Win 0.40, half-win 0.10, push 0.05, half-loss 0.15, loss 0.30 at odds 2.0:
        // EV = (0.40 + 0.05)·1.0 − (0.30 + 0.075) = 0.45 − 0.375 = 0.075.
        // Fair odds: 1 + 0.375/0.45 = 1.8333…, effective probability 1/1.8333… = 0.5454…
        var settlement = new Settlement(0.40, 0.10, 0.05, 0.15, 0.30);

        Assert.Equal(1.0, settlement.Total, 12);
        Assert.Equal(0.075, settlement.ExpectedValue(2.0), 12);
        Assert.Equal(11.0 / 6.0, settlement.FairOdds, 12);
        Assert.Equal(6.0 / 11.0, settlement.EffectiveProbability, 12);
    }

    [Fact]
    public void A_push_only_returns_the_stake()
    {
        // Draw-no-bet style: win 0.45, push 0.25, loss 0.30 at odds 2.5: EV = 0.45·1.5 − 0.30 = 0.375;
        // fair odds 1 + 0.30/0.45 = 1.6666…
        var settlement = new Settlement(0.45, 0, 0.25, 0, 0.30);

        Assert.Equal(0.375, settlement.ExpectedValue(2.5), 12);
        Assert.Equal(5.0 / 3.0, settlement.FairOdds, 12);
    }

    [Fact]
    public void A_plain_selection_at_its_fair_odds_has_zero_expected_value()
    {
        // Win 0.25: fair odds 4.0; at 4.0 EV = 0.25·3 − 0.75 = 0; at 5.0 EV = 0.25·4 − 0.75 = 0.25.
        var settlement = Settlement.WinOrLose(0.25);

        Assert.Equal(4.0, settlement.FairOdds, 12);
        Assert.Equal(0, settlement.ExpectedValue(4.0), 12);
        Assert.Equal(0.25, settlement.ExpectedValue(5.0), 12);
    }
}
