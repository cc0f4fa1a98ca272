using Statistico.Cli.Evaluate;
using Statistico.FootballDataFiles;
using Statistico.Modelling.Goals;

namespace Statistico.Cli.Tests.Evaluate;

[Trait("Category", "Unit")]
public sealed class MarketForecastsTests
{
    private static readonly FootballDataMatch Match = new("E0", new SeasonName(2019), new MatchRecord(new DateOnly(2019, 8, 9), "Liverpool", "Norwich", 4, 1));

    [Fact]
    public void Closing_prices_are_normalised_proportionally()
    {
        // Implied 0.5 + 0.3 + 0.25 = 1.05: dividing by the booksum gives the fair probabilities.
        var match = Match with { PinnacleClosing = new MatchOddsPrices(2, 1 / 0.3, 4), Pinnacle = new MatchOddsPrices(3, 3, 3) };

        var p = MarketForecasts.MatchOdds(MarketForecasts.PinnacleClosing, match)!;

        Assert.Equal(0.5 / 1.05, p[0], 12);
        Assert.Equal(0.3 / 1.05, p[1], 12);
        Assert.Equal(0.25 / 1.05, p[2], 12);
    }

    [Fact]
    public void Pinnacle_falls_back_to_the_pre_closing_price_and_bet365_does_not()
    {
        var match = Match with { Pinnacle = new MatchOddsPrices(3, 3, 3) };

        Assert.Equal([1 / 3.0, 1 / 3.0, 1 / 3.0], MarketForecasts.MatchOdds(MarketForecasts.PinnacleClosing, match)!, new ToleranceComparer(1e-12));
        Assert.Null(MarketForecasts.MatchOdds(MarketForecasts.Bet365, match));
        Assert.Null(MarketForecasts.MatchOdds(MarketForecasts.PinnacleClosing, Match));
    }

    [Fact]
    public void Over_under_prefers_the_closing_line()
    {
        var match = Match with { PinnacleOverUnder25 = new OverUnderPrices(2, 2), PinnacleClosingOverUnder25 = new OverUnderPrices(1.5, 3) };

        var p = MarketForecasts.PinnacleOverUnder25(match)!;

        Assert.Equal(2 / 3.0, p[0], 12);
        Assert.Equal(0.5, MarketForecasts.PinnacleOverUnder25(match with { PinnacleClosingOverUnder25 = null })![0], 12);
    }

    private sealed class ToleranceComparer(double tolerance) : IEqualityComparer<double>
    {
        public bool Equals(double x, double y) => Math.Abs(x - y) <= tolerance;

        public int GetHashCode(double obj) => 0;
    }
}
