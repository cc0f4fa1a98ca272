using Statistico.Contracts.Odds;
using Statistico.OddsCompiler.MarketInformed;

namespace Statistico.OddsCompiler.Tests;

/// <summary>An exchange book's margin-free probabilities: mid of best back and lay in probability space, normalised (ADR 1102).</summary>
[Trait("Category", "Unit")]
public sealed class ExchangeProbabilitiesTests
{
    private static readonly DateTimeOffset At = new(2026, 8, 15, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void The_mid_of_back_and_lay_is_the_probability_and_the_spread_is_no_margin()
    {
        var probabilities = ExchangeProbabilities.Of(MarketObservations.MatchOdds(Guid.NewGuid(), At, 0.5, 0.3, 0.2))!;

        Assert.Equal([0.5, 0.3, 0.2], probabilities.Select(p => Math.Round(p, 9)));
    }

    [Fact]
    public void Best_back_alone_is_normalised_and_a_one_sided_runner_uses_its_side()
    {
        // Backing only (a bookmaker-like book): 1/2 + 1/4 + 1/4.4 overround, normalised away.
        var market = new ObservedMarket(Guid.NewGuid(), "MATCH_ODDS", At,
        [
            new ObservedRunner("HOME", [new PriceSize(2m, 10m)], []),
            new ObservedRunner("DRAW", [new PriceSize(4m, 10m)], []),
            new ObservedRunner("AWAY", [], [new PriceSize(4.4m, 10m)]),
        ]);

        var probabilities = ExchangeProbabilities.Of(market)!;

        var total = (1 / 2.0) + (1 / 4.0) + (1 / 4.4);
        Assert.Equal(0.5 / total, probabilities[0], 12);
        Assert.Equal(1 / 4.4 / total, probabilities[2], 12);
        Assert.Equal(1, probabilities.Sum(), 12);
    }

    [Fact]
    public void A_selection_without_a_price_or_another_market_gives_nothing()
    {
        var missing = new ObservedMarket(Guid.NewGuid(), "MATCH_ODDS", At,
            [MarketObservations.Runner("HOME", 0.5), MarketObservations.Runner("DRAW", 0.3), new ObservedRunner("AWAY", [], [])]);
        var otherLine = new ObservedMarket(Guid.NewGuid(), "OVER_UNDER_35", At, [MarketObservations.Runner("OVER", 0.3), MarketObservations.Runner("UNDER", 0.7)]);

        Assert.Null(ExchangeProbabilities.Of(missing));
        Assert.Null(ExchangeProbabilities.Of(otherLine));
        Assert.Equal(0.55, ExchangeProbabilities.Of(MarketObservations.OverUnder25(Guid.NewGuid(), At, 0.55))![0], 9);
    }
}
