using Statistico.Cli.Evaluate;
using Statistico.FootballDataFiles;
using Statistico.Modelling.Goals;

namespace Statistico.Cli.Tests.Evaluate;

[Trait("Category", "Unit")]
public sealed class MarketInformedInputsTests
{
    private static readonly FootballDataMatch Match = new("E0", new SeasonName(2020), new MatchRecord(new DateOnly(2020, 12, 12), "Leeds", "West Ham", 1, 2))
    {
        // Implied 1/1.5 + 1/2.6 = 1.0513: a 5.1% margin on a clear favourite side.
        PinnacleOverUnder25 = new OverUnderPrices(1.5, 2.6),
        AverageOverUnder25 = new OverUnderPrices(1.5, 2.6),
        Pinnacle = new MatchOddsPrices(2, 1 / 0.3, 4),
    };

    private static readonly ScoreMatrix Model = ScoreMatrix.IndependentPoisson(1.4, 1.1);

    [Fact]
    public void Pinnacle_over_under_input_takes_the_same_margin_off_each_side()
    {
        var quotes = MarketInformedInputs.For(Match, Model).Quotes;

        // Shin's method on two outcomes: each implied probability less half the excess booksum.
        var excess = (1 / 1.5) + (1 / 2.6) - 1;
        var pinnacle = quotes.OverUnder25[0]!;
        Assert.Equal((1 / 1.5) - (excess / 2), pinnacle[0], 9);
        Assert.Equal((1 / 2.6) - (excess / 2), pinnacle[1], 9);
    }

    [Fact]
    public void Other_inputs_and_the_reference_row_stay_proportional()
    {
        var quotes = MarketInformedInputs.For(Match, Model).Quotes;
        var booksum = (1 / 1.5) + (1 / 2.6);

        Assert.Equal((1 / 1.5) / booksum, quotes.OverUnder25[1]![0], 12);
        Assert.Equal((1 / 1.5) / booksum, MarketForecasts.OverUnder25(MarketForecasts.Pinnacle, Match)![0], 12);
        Assert.Equal(0.5 / 1.05, quotes.MatchOdds[0]![0], 12);
        Assert.NotEqual(quotes.OverUnder25[0]![0], quotes.OverUnder25[1]![0], 6);
    }

    [Fact]
    public void No_pinnacle_over_under_price_is_no_input()
    {
        var quotes = MarketInformedInputs.For(Match with { PinnacleOverUnder25 = null }, Model).Quotes;

        Assert.Null(quotes.OverUnder25[0]);
        Assert.NotNull(quotes.OverUnder25[1]);
    }
}
