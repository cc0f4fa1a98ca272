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
        if (ordered.Length == 0)
        {
            throw new ArgumentException("No match before the fit date.", nameof(matches));
        }

        var continuing = previous is not null && previous.AsOf <= asOf;
        var ratings = continuing ? previous!.Ratings.Clone() : new PiRatings(Options.Ratings);
        var windowStart = ordered[0].Date;
        var observations = continuing
            ? previous!.Observations.Where(o => o.Date >= windowStart).ToList()
            : [];
        var burnIn = continuing ? 0 : (int)(ordered.Length * Options.BurnInShare);
        var start = continuing ? Array.FindIndex(ordered, m => m.Date >= previous!.AsOf) : 0;
        for (var i = Math.Max(start, 0); start >= 0 && i < ordered.Length; i++)
        {
            var match = ordered[i];
            if (i >= burnIn)
            {
                var outcome = match.HomeGoals > match.AwayGoals ? 0 : match.HomeGoals == match.AwayGoals ? 1 : 2;
                observations.Add(new RatingObservation(match.Date, ratings.ExpectedGoalDifference(match.HomeTeam, match.AwayTeam), outcome));
            }

            ratings.Update(match.HomeTeam, match.AwayTeam, ObservedGoalDifference(match));
        }

        var logit = OrderedLogitFitter.Fit(
            [.. observations.Select(o => o.ExpectedGoalDifference)], [.. observations.Select(o => o.Outcome)], start: continuing ? previous!.Logit : null);
        return new PiRatingFit(ratings, logit, asOf, observations);
    }

    // The matches dated before asOf in date order, ties in input order. A walk-forward hands over a date-ordered
    // window that ends before asOf every week, so that is checked in one pass and copied rather than sorted (the
    // sort was a measurable part of the production model's walk-forward, issue 21); the result is the same array.
    private static MatchRecord[] BeforeInDateOrder(IReadOnlyList<MatchRecord> matches, DateOnly asOf)
    {
        var ordered = true;
        for (var i = 0; i < matches.Count && ordered; i++)
        {
            ordered = matches[i].Date < asOf && (i == 0 || matches[i - 1].Date <= matches[i].Date);
        }

        return ordered ? [.. matches] : matches.Where(m => m.Date < asOf).OrderBy(m => m.Date).ToArray();
    }

    private double ObservedGoalDifference(MatchRecord match)
    {
        double goals = match.HomeGoals - match.AwayGoals;
        return Options.ShotsOnTargetWeight > 0 && match.HomeShotsOnTarget is { } home && match.AwayShotsOnTarget is { } away
            ? ((1 - Options.ShotsOnTargetWeight) * goals) + (Options.ShotsOnTargetWeight * Options.GoalsPerShotOnTarget * (home - away))
            : goals;
    }
}
