using Statistico.Contracts.Trading;
using Statistico.Trader.Decisions;
using Statistico.Trader.Paper;

namespace Statistico.Trader.Tests.Paper;

/// <summary>The paper fill assumptions of ADR 0601, one rule per test.</summary>
[Trait("Category", "Unit")]
public sealed class PaperFillTests
{
    private static ObservedPrice Book(decimal? back, decimal backSize, decimal? lay, decimal laySize) => new()
    {
        Source = "betfair",
        MarketType = "MATCH_ODDS",
        Selection = "HOME",
        BackPrice = back,
        BackSize = backSize,
        LayPrice = lay,
        LaySize = laySize,
    };

    [Fact]
    public void A_back_takes_a_better_offer_at_the_offered_price_up_to_the_size_shown()
    {
        var (size, price) = PaperFill.OnPlacement(Side.Back, 2.0m, 50m, Book(2.1m, 30m, 2.12m, 80m));

        Assert.Equal((30m, 2.1m), (size, price));
    }

    [Fact]
    public void A_back_below_its_limit_does_not_fill_on_placement()
    {
        Assert.Equal((0m, 0m), PaperFill.OnPlacement(Side.Back, 2.2m, 10m, Book(2.1m, 30m, 2.12m, 80m)));
    }

    [Fact]
    public void A_lay_takes_a_lower_lay_offer_at_the_offered_price()
    {
        var (size, price) = PaperFill.OnPlacement(Side.Lay, 2.2m, 10m, Book(2.1m, 30m, 2.12m, 80m));

        Assert.Equal((10m, 2.12m), (size, price));
    }

    [Fact]
    public void A_resting_order_does_not_fill_while_the_best_offer_sits_at_its_limit()
    {
        // Queued behind the size already shown at 2.2: we cannot see that size trade.
        Assert.Equal((0m, 0m), PaperFill.WhileResting(Side.Back, 2.2m, 10m, Book(2.2m, 500m, 2.22m, 80m)));
    }

    [Fact]
    public void A_resting_order_fills_at_its_limit_once_the_market_moves_through_it()
    {
        var (size, price) = PaperFill.WhileResting(Side.Back, 2.2m, 10m, Book(2.24m, 4m, 2.26m, 80m));

        Assert.Equal((4m, 2.2m), (size, price));
    }

    [Fact]
    public void A_side_with_no_offer_fills_nothing()
    {
        Assert.Equal((0m, 0m), PaperFill.OnPlacement(Side.Back, 2.0m, 10m, Book(null, 0m, 2.12m, 80m)));
    }
}
