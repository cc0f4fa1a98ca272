using Statistico.Modelling.Pricing;

namespace Statistico.Modelling.Tests.Pricing;

[Trait("Category", "Unit")]
public sealed class MarginModelTests
{
    private static readonly double[] Odds = [2.0, 3.5, 4.0];

    [Fact]
    public void Multiplicative_matches_hand_computation()
    {
        // 1/odds = 0.5, 0.285714…, 0.25; booksum 1.0357142857.
        var p = new MultiplicativeMargin().Remove(Odds);

        Assert.Equal(0.5 / 1.0357142857142858, p[0], 12);
        Assert.Equal(0.48275862068965514, p[0], 12);
        Assert.Equal(0.27586206896551724, p[1], 12);
        Assert.Equal(0.24137931034482757, p[2], 12);
    }

    [Fact]
    public void Additive_subtracts_an_equal_share()
    {
        var p = new AdditiveMargin().Remove(Odds);
        var share = 0.0357142857142858 / 3;

        Assert.Equal(0.5 - share, p[0], 12);
        Assert.Equal((1 / 3.5) - share, p[1], 12);
        Assert.Equal(0.25 - share, p[2], 12);
    }

    [Fact]
    public void Power_has_a_common_exponent()
    {
        var p = new PowerMargin().Remove(Odds);

        Assert.Equal(1.0, p.Sum(), 12);
        var k = Math.Log(p[0]) / Math.Log(0.5);
        Assert.Equal(k, Math.Log(p[1]) / Math.Log(1 / 3.5), 9);
        Assert.Equal(k, Math.Log(p[2]) / Math.Log(0.25), 9);
        Assert.True(k > 1);
    }

    [Fact]
    public void Odds_ratio_is_common_to_every_selection()
    {
        var p = new OddsRatioMargin().Remove(Odds);
        static double Ratio(double implied, double trueP) => implied / (1 - implied) / (trueP / (1 - trueP));

        Assert.Equal(1.0, p.Sum(), 12);
        Assert.Equal(Ratio(0.5, p[0]), Ratio(1 / 3.5, p[1]), 9);
        Assert.Equal(Ratio(0.5, p[0]), Ratio(0.25, p[2]), 9);
    }

    [Fact]
    public void Shin_probabilities_solve_shins_equation_with_one_insider_share()
    {
        var p = new ShinMargin().Remove(Odds);
        var z = ShinMargin.InsiderShare(Odds);
        var implied = Odds.Select(o => 1 / o).ToArray();
        var booksum = implied.Sum();

        Assert.Equal(1.0, p.Sum(), 12);
        Assert.InRange(z, 0.001, 0.1);
        for (var i = 0; i < p.Length; i++)
        {
            // π²/S = z·p + (1 − z)·p²
            Assert.Equal(implied[i] * implied[i] / booksum, (z * p[i]) + ((1 - z) * p[i] * p[i]), 12);
        }
    }

    [Fact]
    public void Favourite_longshot_methods_take_more_margin_from_the_longshot()
    {
        var multiplicative = new MultiplicativeMargin().Remove(Odds);
        foreach (var model in new IMarginModel[] { new PowerMargin(), new ShinMargin(), new OddsRatioMargin() })
        {
            var p = model.Remove(Odds);
            Assert.True(p[0] > multiplicative[0], model.Method.ToString());
            Assert.True(p[2] < multiplicative[2], model.Method.ToString());
        }
    }

    [Theory]
    [InlineData(MarginMethod.Multiplicative)]
    [InlineData(MarginMethod.Additive)]
    [InlineData(MarginMethod.Power)]
    [InlineData(MarginMethod.Shin)]
    [InlineData(MarginMethod.OddsRatio)]
    public void Apply_then_remove_round_trips(MarginMethod method)
    {
        var model = MarginModels.For(method);
        double[] truth = [0.47, 0.27, 0.26];

        var implied = model.Apply(truth, 0.06);
        var recovered = model.Remove([.. implied.Select(p => 1 / p)]);

        Assert.Equal(1.06, implied.Sum(), 9);
        for (var i = 0; i < truth.Length; i++)
        {
            Assert.Equal(truth[i], recovered[i], 9);
        }
    }

    [Fact]
    public void Overround_of_a_fair_two_way_book_is_zero()
    {
        Assert.Equal(0, Implied.Overround([2.0, 2.0]), 12);
        Assert.Equal(0.0526315789473684, Implied.Overround([1.9, 1.9]), 12);
        Assert.Equal([0.5, 0.5], new ShinMargin().Remove([1.9, 1.9]), (a, b) => Math.Abs(a - b) < 1e-12);
    }
}
