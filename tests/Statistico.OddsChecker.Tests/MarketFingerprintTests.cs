using Statistico.Contracts.Odds;
using Statistico.OddsChecker.Polling;

namespace Statistico.OddsChecker.Tests;

[Trait("Category", "Unit")]
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

    [Fact]
    public void A_suspended_or_closed_state_changes_a_market_and_an_open_one_keeps_the_fingerprint_it_had_before_states()
    {
        // The fingerprint of an open market as computed before states existed (pinned so stored fingerprints stay valid).
        const string OpenBeforeStates = "-|HOME:2.5b2.5@10,2.48@20,l2.52@10,|AWAY:b3.1@10,l3.15@10,";
        var expected = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(OpenBeforeStates)));
        Assert.Equal(expected, MarketFingerprint.Of(Market with { Status = null }));

        var suspended = MarketFingerprint.Of(Market with { Status = "SUSPENDED" });
        var closed = MarketFingerprint.Of(Market with { Status = "CLOSED" });
        Assert.Equal(3, new[] { MarketFingerprint.Of(Market), suspended, closed }.Distinct().Count());
    }
}
