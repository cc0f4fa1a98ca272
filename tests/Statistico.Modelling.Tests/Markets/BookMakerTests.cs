using Statistico.Modelling.Goals;
using Statistico.Modelling.Markets;
using Statistico.Modelling.Pricing;

namespace Statistico.Modelling.Tests.Markets;

[Trait("Category", "Unit")]
public sealed class BookMakerTests
{
    private static readonly ScoreMatrix Matrix = DixonColesCorrection.Matrix(1.4, 1.2, -0.05);

    [Theory]
    [InlineData(MarginMethod.Multiplicative)]
    [InlineData(MarginMethod.Additive)]
    [InlineData(MarginMethod.Power)]
    [InlineData(MarginMethod.Shin)]
    [InlineData(MarginMethod.OddsRatio)]
    public void Unrounded_book_has_exactly_the_requested_margin_and_removing_it_gives_the_fair_prices(MarginMethod method)
    {
        var fair = MatchOddsMarket.Price(Matrix);
        var book = BookMaker.WithMargin(fair, 0.04, method, roundToLadder: false);

        Assert.Equal(0.04, book.Overround, 9);
        var recovered = MarginModels.For(method).Remove([.. book.Selections.Select(s => s.Odds)]);
        for (var i = 0; i < recovered.Length; i++)
        {
            Assert.Equal(fair.Selections[i].EffectiveProbability, recovered[i], 9);
        }
    }

    [Fact]
    public void Ladder_rounded_book_is_on_ticks_and_never_below_the_margin()
    {
        foreach (var market in MarketCompiler.CompileAll(Matrix))
        {
            var book = BookMaker.WithMargin(market, 0.03);
            Assert.All(book.Selections, s => Assert.True(BetfairTickLadder.IsTick(s.Odds), $"{market.MarketType} {s.Name} {s.Odds}"));
            Assert.All(book.Selections, s => Assert.True(s.Odds <= s.FairOdds));
        }

        var matchOdds = BookMaker.WithMargin(MatchOddsMarket.Price(Matrix), 0.03);
        Assert.True(matchOdds.Overround >= 0.03 - 1e-12);
    }

    [Fact]
    public void Near_certain_and_near_impossible_selections_stay_on_the_ladder()
    {
        var lopsided = ScoreMatrix.IndependentPoisson(6.0, 0.1);

        var book = BookMaker.WithMargin(MatchOddsMarket.Price(lopsided), 0.05);

        Assert.Equal(BetfairTickLadder.MinPrice, book.Selections[0].Odds);
        Assert.Equal(BetfairTickLadder.MaxPrice, book.Selections[2].Odds);
    }

    [Fact]
    public void Correct_score_can_list_more_scores()
    {
        var market = CorrectScoreMarket.Price(Matrix, listedGoals: 5);

        Assert.Equal(39, market.Selections.Count);
        Assert.Equal(1.0, market.Selections.Sum(s => s.EffectiveProbability), 12);
    }
}
