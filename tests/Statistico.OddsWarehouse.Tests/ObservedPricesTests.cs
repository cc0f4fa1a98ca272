using Statistico.Contracts.Odds;
using Statistico.OddsWarehouse.Ingestion;

namespace Statistico.OddsWarehouse.Tests;

/// <summary>How an observed market becomes rows.</summary>
[Trait("Category", "Unit")]
public sealed class ObservedPricesTests
{
    private static readonly Guid Fixture = Guid.Parse("0c0e8f43-51b5-4a3f-9c55-3c6d1f3b7e20");
    private static readonly DateTimeOffset At = new(2026, 11, 20, 15, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Each_runner_keeps_its_best_back_and_lay_its_last_traded_price_and_its_handicap()
    {
        var runner = new ObservedRunner("HOME", [new PriceSize(1.95m, 120m), new PriceSize(1.94m, 80m)], [new PriceSize(1.97m, 55m)])
        {
            LastTradedPrice = 1.96m,
            Handicap = -0.25m,
        };
        var message = new MarketOddsObserved(Guid.NewGuid(), "betfair", [new ObservedMarket(Fixture, "ASIAN_HANDICAP", At, [runner]) { InPlay = true }]);

        var row = Assert.Single(ObservedPrices.From(message).Rows);

        Assert.Equal(new SeriesKey(Fixture, "ASIAN_HANDICAP", -0.25m, "HOME", "betfair"), row.Series);
        Assert.Equal((1.95m, 120m, 1.97m, 55m, 1.96m), (row.BackPrice, row.BackSize, row.LayPrice, row.LaySize, row.LastTradedPrice));
        Assert.True(row.InPlay);
        Assert.Equal(At, row.ObservedAt);
    }

    [Fact]
    public void The_second_and_third_levels_are_kept_in_the_depth_and_read_back_in_order()
    {
        var runner = new ObservedRunner("HOME",
            [new PriceSize(1.95m, 120m), new PriceSize(1.94m, 80m), new PriceSize(1.93m, 300m)],
            [new PriceSize(1.97m, 55m), new PriceSize(1.98m, 10m)]);
        var message = new MarketOddsObserved(Guid.NewGuid(), "betfair", [new ObservedMarket(Fixture, "MATCH_ODDS", At, [runner])]);

        var row = Assert.Single(ObservedPrices.From(message).Rows);
        var (back, lay) = LadderDepth.Decode(row.Depth);

        Assert.Equal([new PriceSize(1.94m, 80m), new PriceSize(1.93m, 300m)], back);
        Assert.Equal([new PriceSize(1.98m, 10m)], lay);
    }

    [Fact]
    public void A_runner_with_only_a_best_level_stores_no_depth()
    {
        var runner = new ObservedRunner("HOME", [new PriceSize(1.95m, 120m)], [new PriceSize(1.97m, 55m)]);
        var message = new MarketOddsObserved(Guid.NewGuid(), "pinnacle-closing", [new ObservedMarket(Fixture, "MATCH_ODDS", At, [runner])]);

        Assert.Null(Assert.Single(ObservedPrices.From(message).Rows).Depth);
        Assert.Empty(LadderDepth.Decode(null).Back);
        Assert.Empty(LadderDepth.Decode(null).Lay);
    }

    [Fact]
    public void An_empty_side_of_the_book_is_stored_as_no_price()
    {
        var message = new MarketOddsObserved(Guid.NewGuid(), "betfair", [new ObservedMarket(Fixture, "MATCH_ODDS", At, [new ObservedRunner("DRAW", [], [])])]);

        var row = Assert.Single(ObservedPrices.From(message).Rows);

        Assert.Null(row.BackPrice);
        Assert.Null(row.LayPrice);
        Assert.Equal(0m, row.Series.Handicap);
    }

    [Fact]
    public void Runners_that_cannot_be_keyed_are_skipped_so_they_cannot_fail_the_whole_batch()
    {
        var good = new ObservedRunner("HOME", [new PriceSize(2m, 1m)], []);
        var message = new MarketOddsObserved(Guid.NewGuid(), "betfair",
        [
            new ObservedMarket(Fixture, "MATCH_ODDS", At, [good, new ObservedRunner(null!, [], []), new ObservedRunner(new string('X', 65), [], [])]),
            new ObservedMarket(Fixture, " ", At, [good]),
        ]);

        Assert.Single(ObservedPrices.From(message).Rows);
        Assert.Empty(ObservedPrices.From(message with { Source = null! }).Rows);
    }
}
