using Microsoft.Extensions.Options;
using Statistico.Modelling.Goals;
using Statistico.OddsCompiler.Books;

namespace Statistico.OddsCompiler.Tests;

/// <summary>Neutral venues and the tick-move rule on the library's distributions.</summary>
[Trait("Category", "Unit")]
public sealed class PricingTests
{
    // The first 200 matches of E0 2021/22 (goals only): enough for the ratings' ordered logit, quick to fit.
    private static readonly IFittedGoalModel Fit = ProductionModel.Create().Fit(
        [.. File.ReadLines(SeasonFile.PathOf("E0", "2021-22")).Skip(1).Take(200).Select(line => line.Split(',')).Select(c => new MatchRecord(
            DateOnly.ParseExact(c[1], "dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture), c[3], c[4], int.Parse(c[5], System.Globalization.CultureInfo.InvariantCulture), int.Parse(c[6], System.Globalization.CultureInfo.InvariantCulture)))],
        new DateOnly(2022, 1, 20));

    private readonly BookCompiler compiler = new(Options.Create(new CompilerOptions { Margin = 0.05 }));

    [Fact]
    public void At_a_neutral_venue_neither_side_has_home_advantage()
    {
        var listed = FixtureDistribution.Predict(Fit, "Arsenal", "Chelsea", neutralVenue: true);
        var reversed = FixtureDistribution.Predict(Fit, "Chelsea", "Arsenal", neutralVenue: true);
        var atHome = FixtureDistribution.Predict(Fit, "Arsenal", "Chelsea", neutralVenue: false);

        Assert.Equal(listed.HomeWin, reversed.AwayWin, 1e-12);
        Assert.Equal(listed.Draw, reversed.Draw, 1e-12);
        Assert.True(listed.HomeWin < atHome.HomeWin);
    }

    [Fact]
    public void The_same_distribution_never_counts_as_a_move_and_a_different_one_does()
    {
        var book = compiler.Compile(Fit.Predict("Arsenal", "Chelsea"));

        Assert.False(PriceMovement.MovedByATick(book, compiler.Compile(Fit.Predict("Arsenal", "Chelsea"))));
        Assert.True(PriceMovement.MovedByATick(book, compiler.Compile(Fit.Predict("Arsenal", "Man City"))));
    }

    [Fact]
    public void A_change_smaller_than_a_tick_is_not_a_move()
    {
        var matrix = Fit.Predict("Arsenal", "Chelsea");
        var nudged = matrix.WithMatchOdds(matrix.HomeWin + 1e-7, matrix.Draw, matrix.AwayWin - 1e-7);

        Assert.False(PriceMovement.MovedByATick(compiler.Compile(matrix), compiler.Compile(nudged)));
    }
}
