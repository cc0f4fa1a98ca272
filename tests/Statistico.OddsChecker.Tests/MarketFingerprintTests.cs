using Statistico.Contracts.Odds;
using Statistico.OddsChecker.Polling;

namespace Statistico.OddsChecker.Tests;

public sealed class MarketFingerprintTests
{
    private static readonly ObservedMarket Market = new(
        Guid.NewGuid(), "MATCH_ODDS", DateTimeOffset.UnixEpoch,
        [
            new ObservedRunner("HOME", [new PriceSize(2.5m, 10m), new PriceSize(2.48m, 20m)], [new PriceSize(2.52m, 10m)]) { RunnerId = 1, LastTradedPrice = 2.5m },
            new ObservedRunner("AWAY", [new PriceSize(3.1m, 10m)], [new PriceSize(3.15m, 10m)]) { RunnerId = 2 },
        ])
    { InPlay = false, TotalMatched = 100m };

    [Fact]
    public void Observation_time_total_matched_and_price_formatting_do_not_change_a_market()
    {
        var later = Market with
        {
            ObservedAt = DateTimeOffset.UnixEpoch.AddMinutes(1),
            TotalMatched = 250m,
            Runners = [Market.Runners[1], Market.Runners[0] with { Back = [new PriceSize(2.50m, 10.0m), new PriceSize(2.480m, 20m)] }],
        };

        Assert.Equal(MarketFingerprint.Of(Market), MarketFingerprint.Of(later));
    }

    [Fact]
    public void A_moved_price_size_last_trade_or_in_play_flag_changes_a_market()
    {
        var home = Market.Runners[0];
        ObservedMarket[] changes =
        [
            Market with { Runners = [home with { Back = [new PriceSize(2.52m, 10m)] }, Market.Runners[1]] },
            Market with { Runners = [home with { Lay = [new PriceSize(2.52m, 11m)] }, Market.Runners[1]] },
            Market with { Runners = [home with { LastTradedPrice = 2.52m }, Market.Runners[1]] },
            Market with { InPlay = true },
        ];

        Assert.All(changes, changed => Assert.NotEqual(MarketFingerprint.Of(Market), MarketFingerprint.Of(changed)));
    }
}
