using Statistico.Contracts.Trading;
using Statistico.Trader.Decisions;

namespace Statistico.Trader.Tests.Decisions;

/// <summary>The edge after commission, against figures worked by hand.</summary>
[Trait("Category", "Unit")]
public sealed class EdgeTests
{
    [Fact]
    public void A_back_earns_its_net_winnings_when_it_wins_and_loses_its_stake_otherwise()
    {
        // q = 0.5 at 2.20 with 5% commission: 0.5 × 1.20 × 0.95 − 0.5 = 0.57 − 0.5 = 0.07.
        Assert.Equal(0.07, Edge.Of(Side.Back, 0.5, 2.2m, 0.05), 10);
    }

    [Fact]
    public void Without_commission_a_back_edge_is_probability_times_price_minus_one()
    {
        // 0.4 × 3.0 − 1 = 0.2.
        Assert.Equal(0.2, Edge.Of(Side.Back, 0.4, 3m, 0), 10);
    }

    [Fact]
    public void A_lay_keeps_the_backers_stake_net_of_commission_and_pays_the_backers_winnings()
    {
        // q = 0.25 at 3.00, 5%: 0.75 × 0.95 − 0.25 × 2 = 0.7125 − 0.5 = 0.2125.
        Assert.Equal(0.2125, Edge.Of(Side.Lay, 0.25, 3m, 0.05), 10);
    }

    [Fact]
    public void A_fair_price_has_a_negative_edge_once_commission_is_paid()
    {
        // q = 0.5 at 2.00: 0.5 × 1 × 0.95 − 0.5 = −0.025.
        Assert.Equal(-0.025, Edge.Of(Side.Back, 0.5, 2m, 0.05), 10);
    }
}
