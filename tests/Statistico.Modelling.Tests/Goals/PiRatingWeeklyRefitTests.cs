using Statistico.Modelling.Goals;
using Statistico.Modelling.Tests.Support;

namespace Statistico.Modelling.Tests.Goals;

/// <summary>
/// The pi-ratings' weekly refits append the week's observations to one log their fits share (issue 21's speed target)
/// instead of copying the window's observations and the logit's inputs every week. On a real league's weekly
/// walk-forward each refit must be, bit for bit, what the copying refit gave: the previous observations still in the
/// window followed by the new matches' expectations, and the logit fitted on those lists.
/// </summary>
[Trait("Category", "Unit")]
public sealed class PiRatingWeeklyRefitTests
{
    private const int WindowDays = 3 * 365;

    [Theory]
    [InlineData("E0")]
    [InlineData("I1")]
    public void Weekly_refits_equal_the_copying_refits_bit_for_bit(string league)
    {
        var model = new PiRatingOutcomeModel(ProductionModel.RatingOptions);
        PiRatingFit? previous = null;
        var weeks = 0;
        foreach (var (window, asOf) in Weeks(league))
        {
            var fit = model.Fit(window, asOf, previous);
            if (previous is not null)
            {
                var expected = CopyingRefit(model, previous, window, asOf);
                Assert.Equal(expected, fit.Observations);
                var logit = OrderedLogitFitter.Fit(
                    [.. expected.Select(o => o.ExpectedGoalDifference)], [.. expected.Select(o => o.Outcome)], start: previous.Logit);
                Assert.Equal(logit, fit.Logit);
                weeks++;
            }

            previous = fit;
        }

        Assert.True(weeks > 200, $"only {weeks} weekly refits");
    }

    [Fact]
    public void Continuing_one_fit_twice_gives_the_same_fit_and_leaves_the_first_as_it_was()
    {
        var weeks = Weeks("E0").Take(40).ToList();
        var model = new PiRatingOutcomeModel(ProductionModel.RatingOptions);
        PiRatingFit? previous = null;
        foreach (var (window, asOf) in weeks.SkipLast(1))
        {
            previous = model.Fit(window, asOf, previous);
        }

        var before = previous!.Observations.ToList();
        var (lastWindow, lastDate) = weeks[^1];
        var first = model.Fit(lastWindow, lastDate, previous);
        var second = model.Fit(lastWindow, lastDate, previous);

        Assert.Equal(first.Observations, second.Observations);
        Assert.Equal(first.Logit, second.Logit);
        Assert.Equal(before, previous.Observations);
        Assert.True(first.Observations.Count > 0 && first.Observations[^1].Date < lastDate);
    }

    // The refit as it was before the shared log: the previous observations dated in the window, then each new match's
    // expectation before its result, from the previous ratings carried forward.
    private static List<RatingObservation> CopyingRefit(PiRatingOutcomeModel model, PiRatingFit previous, IReadOnlyList<MatchRecord> window, DateOnly asOf)
    {
        var observations = previous.Observations.Where(o => o.Date >= window[0].Date).ToList();
        var ratings = previous.Ratings.Clone();
        foreach (var match in window.Where(m => m.Date >= previous.AsOf && m.Date < asOf))
        {
            var outcome = match.HomeGoals > match.AwayGoals ? 0 : match.HomeGoals == match.AwayGoals ? 1 : 2;
            observations.Add(new RatingObservation(match.Date, ratings.ExpectedGoalDifference(match.HomeTeam, match.AwayTeam), outcome));
            ratings.Update(match.HomeTeam, match.AwayTeam, Observed(model.Options, match));
        }

        return observations;
    }

    private static double Observed(PiRatingModelOptions options, MatchRecord match)
    {
        double goals = match.HomeGoals - match.AwayGoals;
        return options.ShotsOnTargetWeight > 0 && match.HomeShotsOnTarget is { } home && match.AwayShotsOnTarget is { } away
            ? ((1 - options.ShotsOnTargetWeight) * goals) + (options.ShotsOnTargetWeight * options.GoalsPerShotOnTarget * (home - away))
            : goals;
    }

    // The evaluate walk-forward's weeks: refit at the first date of each unpredicted week on the three years before it.
    private static IEnumerable<(ArraySegment<MatchRecord> Window, DateOnly AsOf)> Weeks(string league)
    {
        var ordered = SharedSplit.Matches(league).OrderBy(m => m.Date).ToArray();
        var windowStart = 0;
        var next = Array.FindIndex(ordered, m => m.Date >= SharedSplit.EvaluateFrom);
        while (next < ordered.Length)
        {
            var asOf = ordered[next].Date;
            while (ordered[windowStart].Date.DayNumber < asOf.DayNumber - WindowDays)
            {
                windowStart++;
            }

            yield return (new ArraySegment<MatchRecord>(ordered, windowStart, next - windowStart), asOf);
            while (next < ordered.Length && ordered[next].Date <= asOf.AddDays(6))
            {
                next++;
            }
        }
    }
}
