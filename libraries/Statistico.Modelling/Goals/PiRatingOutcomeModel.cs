using Statistico.Modelling.Ratings;

namespace Statistico.Modelling.Goals;

/// <summary>
/// Pi-ratings run through the training matches in date order, and an ordered logit that maps the
/// expected goal difference of a fixture to HOME/DRAW/AWAY, fitted on the expectations the
/// ratings had before each match (so the logit sees honest, out-of-sample inputs). From scratch
/// the first <see cref="PiRatingModelOptions.BurnInShare"/> of matches only warm the ratings up;
/// continuing from a previous fit, the ratings keep their whole history and only the new
/// matches are run through them.
/// </summary>
public sealed class PiRatingOutcomeModel(PiRatingModelOptions? options = null) : IOutcomeModel
{
    /// <summary>The options in use.</summary>
    public PiRatingModelOptions Options { get; } = options ?? new PiRatingModelOptions();

    /// <inheritdoc/>
    public string Name => "pi-ratings";

    /// <inheritdoc/>
    IFittedOutcomeModel IOutcomeModel.Fit(IReadOnlyList<MatchRecord> matches, DateOnly asOf) => Fit(matches, asOf);

    /// <inheritdoc/>
    IFittedOutcomeModel IOutcomeModel.Fit(IReadOnlyList<MatchRecord> matches, DateOnly asOf, IFittedOutcomeModel? previous) =>
        Fit(matches, asOf, previous as PiRatingFit);

    /// <summary>Fits ratings and logit on matches before <paramref name="asOf"/>, continuing <paramref name="previous"/> if given.</summary>
    public PiRatingFit Fit(IReadOnlyList<MatchRecord> matches, DateOnly asOf, PiRatingFit? previous = null)
    {
        ArgumentNullException.ThrowIfNull(matches);
        var ordered = BeforeInDateOrder(matches, asOf);
        if (ordered.Count == 0)
        {
            throw new ArgumentException("No match before the fit date.", nameof(matches));
        }

        var continuing = previous is not null && previous.AsOf <= asOf;
        var ratings = continuing ? previous!.Ratings.Clone() : new PiRatings(Options.Ratings);
        var (log, first) = continuing ? Window(previous!, ordered[0].Date) : (new RatingObservationLog(ordered.Count), 0);
        var burnIn = continuing ? 0 : (int)(ordered.Count * Options.BurnInShare);
        var start = continuing ? FirstOnOrAfter(ordered, previous!.AsOf) : 0;
        for (var i = start; i < ordered.Count; i++)
        {
            var match = ordered[i];
            if (i >= burnIn)
            {
                var outcome = match.HomeGoals > match.AwayGoals ? 0 : match.HomeGoals == match.AwayGoals ? 1 : 2;
                log.Append(match.Date, ratings.ExpectedGoalDifference(match.HomeTeam, match.AwayTeam), outcome);
            }

            ratings.Update(match.HomeTeam, match.AwayTeam, ObservedGoalDifference(match));
        }

        var logit = OrderedLogitFitter.Fit(log.Expected(first, log.Length), log.Outcomes(first, log.Length), continuing ? previous!.Logit : null);
        return new PiRatingFit(ratings, logit, asOf, log, first, log.Length);
    }

    // The previous fit's observations dated on or after the window's first match: the range's tail of its log, appended
    // to in place when this is the only continuation of that fit (a walk-forward's weekly refit), otherwise copied.
    private static (RatingObservationLog Log, int First) Window(PiRatingFit previous, DateOnly windowStart)
    {
        var log = previous.Log;
        if (!log.DateOrdered || !log.TryClaim(previous.ObservationEnd))
        {
            return (log.CopyFrom(previous.ObservationStart, previous.ObservationEnd, windowStart), 0);
        }

        var first = previous.ObservationStart;
        while (first < previous.ObservationEnd && log.Date(first) < windowStart)
        {
            first++;
        }

        return (log, first);
    }

    // The index of the first match dated on or after the date in date-ordered matches (their count if none is).
    private static int FirstOnOrAfter(IReadOnlyList<MatchRecord> ordered, DateOnly date)
    {
        var index = ordered.Count;
        while (index > 0 && ordered[index - 1].Date >= date)
        {
            index--;
        }

        return index;
    }

    // The matches dated before asOf in date order, ties in input order. A walk-forward hands over a date-ordered
    // window that ends before asOf every week, so that is checked in one pass and the input used as it is (sorting,
    // then copying it, was a measurable part of the production model's walk-forward, issue 21).
    private static IReadOnlyList<MatchRecord> BeforeInDateOrder(IReadOnlyList<MatchRecord> matches, DateOnly asOf)
    {
        var ordered = matches switch
        {
            ArraySegment<MatchRecord> segment => InDateOrderBefore(segment.AsSpan(), asOf),
            MatchRecord[] array => InDateOrderBefore(array, asOf),
            _ => InDateOrderBefore(matches, asOf),
        };
        return ordered ? matches : matches.Where(m => m.Date < asOf).OrderBy(m => m.Date).ToArray();
    }

    // Whether every match is dated before asOf and no match is dated before the one preceding it.
    private static bool InDateOrderBefore(ReadOnlySpan<MatchRecord> matches, DateOnly asOf)
    {
        var previous = DateOnly.MinValue;
        foreach (var match in matches)
        {
            if (!(match.Date < asOf && previous <= match.Date))
            {
                return false;
            }

            previous = match.Date;
        }

        return true;
    }

    private static bool InDateOrderBefore(IReadOnlyList<MatchRecord> matches, DateOnly asOf)
    {
        var previous = DateOnly.MinValue;
        for (var i = 0; i < matches.Count; i++)
        {
            var date = matches[i].Date;
            if (!(date < asOf && previous <= date))
            {
                return false;
            }

            previous = date;
        }

        return true;
    }

    private double ObservedGoalDifference(MatchRecord match)
    {
        double goals = match.HomeGoals - match.AwayGoals;
        return Options.ShotsOnTargetWeight > 0 && match.HomeShotsOnTarget is { } home && match.AwayShotsOnTarget is { } away
            ? ((1 - Options.ShotsOnTargetWeight) * goals) + (Options.ShotsOnTargetWeight * Options.GoalsPerShotOnTarget * (home - away))
            : goals;
    }
}
