using Statistico.Modelling.MarketInformed;
using Statistico.Testing;

namespace Statistico.Modelling.Tests.MarketInformed;

/// <summary>
/// The walk-forward's carried refits (ADR 1104): the rows already fitted carried as a quadratic at an anchor, only the
/// week's new rows summed exactly, and an exact pass over every row whenever a refit lands farther than the reach from
/// the anchor. Each week's carried fit is compared with an exact refit on the same rows.
/// </summary>
[Trait("Category", "Unit")]
public sealed class CarriedLogOpinionPoolFitTests
{
    // The evaluate walk-forward's ridge: the weights then move by ~1e-3 a week, as on the shared seasons.
    private const double Ridge = 500;
    private const int Week = 20;

    [Theory]
    [InlineData(3)]
    [InlineData(2)]
    public void Week_by_week_carried_fits_equal_exact_refits(int classes)
    {
        var (_, features, outcomes) = LogOpinionPoolFitterTests.History(classes, rows: 6000, seed: 11);
        var prior = LogOpinionPool.TrustOnly(classes, 3, lead: 1);
        var carried = new CarriedLogOpinionPoolFit(features, outcomes, prior, Ridge, reach: 0.002);

        // A long history first (fitted exactly), then weeks of new rows, each moving the weights a little.
        var pool = carried.Fit(0, 3000, prior);
        var weeks = 0;
        for (var count = 3000 + Week; count <= features.Count; count += Week, weeks++)
        {
            pool = carried.Fit(0, count, pool);
            AssertClose(Exact(features, outcomes, 0, count, prior), pool, 1e-6);
        }

        // Some weeks were carried by the quadratic rather than refitted on every row (the synthetic weights move more
        // from week to week than the shared seasons' do, so fewer than there).
        Assert.InRange(carried.Expansions, 1, weeks);
    }

    [Fact]
    public void A_moving_window_drops_the_rows_that_left_it()
    {
        var (_, features, outcomes) = LogOpinionPoolFitterTests.History(3, rows: 4000, seed: 12);
        var prior = LogOpinionPool.TrustOnly(3, 3, lead: 1);
        var carried = new CarriedLogOpinionPoolFit(features, outcomes, prior, Ridge, reach: 0.002);

        var pool = prior;
        for (var count = Week; count <= features.Count; count += Week)
        {
            var first = Math.Max(0, count - 1500);
            pool = carried.Fit(first, count, pool);
            AssertClose(Exact(features, outcomes, first, count, prior), pool, 1e-6);
        }
    }

    [Fact]
    public void A_large_move_is_refitted_exactly_on_every_row()
    {
        // 2,000 rows whose outcomes follow the informed source, then a block whose outcomes follow the noisy one: the
        // weights swing far beyond the reach, so the carried quadratic must be replaced by an exact pass.
        var (_, features, outcomes) = LogOpinionPoolFitterTests.History(3, rows: 2600, seed: 13);
        var random = new Random(TestSeed.Fixed(13));
        for (var n = 2000; n < features.Count; n++)
        {
            var noise = Enumerable.Range(0, 3).Select(k => Math.Exp(features[n][k])).ToArray();
            var u = random.NextDouble();
            outcomes[n] = u < noise[0] ? 0 : u < noise[0] + noise[1] ? 1 : 2;
        }

        var prior = LogOpinionPool.TrustOnly(3, 3, lead: 1);
        var carried = new CarriedLogOpinionPoolFit(features, outcomes, prior, Ridge);
        var before = carried.Fit(0, 2000, prior);
        var expansions = carried.Expansions;

        var after = carried.Fit(0, features.Count, before);

        Assert.True(
            after.Parameters.Zip(before.Parameters, (a, b) => Math.Abs(a - b)).Max() > carried.Reach,
            "the new rows should move the weights beyond the reach");
        Assert.Equal(expansions + 1, carried.Expansions);
        AssertClose(Exact(features, outcomes, 0, features.Count, prior), after, 1e-6);
    }

    [Fact]
    public void A_small_move_is_carried_without_an_exact_pass()
    {
        var (_, features, outcomes) = LogOpinionPoolFitterTests.History(3, rows: 4000, seed: 14);
        var prior = LogOpinionPool.TrustOnly(3, 3, lead: 1);
        var carried = new CarriedLogOpinionPoolFit(features, outcomes, prior, Ridge);
        var before = carried.Fit(0, 3980, prior);
        var expansions = carried.Expansions;

        var after = carried.Fit(0, features.Count, before);

        Assert.Equal(expansions, carried.Expansions);
        AssertClose(Exact(features, outcomes, 0, features.Count, prior), after, 1e-6);
    }

    // A tightly converged exact fit from the prior (cold, so it owes nothing to the carried path).
    private static LogOpinionPool Exact(List<double[]> features, List<int> outcomes, int first, int count, LogOpinionPool prior) =>
        LogOpinionPoolFitter.Fit(features, outcomes, first, count, prior, Ridge, start: null);

    private static void AssertClose(LogOpinionPool expected, LogOpinionPool actual, double tolerance) =>
        Assert.All(
            Enumerable.Range(0, expected.Parameters.Count),
            i => Assert.True(
                Math.Abs(expected.Parameters[i] - actual.Parameters[i]) < tolerance,
                $"parameter {i}: exact {expected.Parameters[i]}, carried {actual.Parameters[i]}"));
}
