using Statistico.Modelling.Ratings;

namespace Statistico.Modelling.Goals;

/// <summary>Pi-ratings at the fit date plus the ordered logit that turns them into 1X2.</summary>
public sealed class PiRatingFit : IFittedOutcomeModel
{
    private IReadOnlyList<RatingObservation>? _observations;

    /// <summary>A fit from its parts.</summary>
    public PiRatingFit(PiRatings ratings, OrderedLogit logit, DateOnly asOf, IReadOnlyList<RatingObservation> observations)
        : this(ratings, logit, asOf, RatingObservationLog.Of(observations), 0, observations.Count)
    {
    }

    // A fit whose observations are the range [start, end) of a log shared with the fits before and after it.
    internal PiRatingFit(PiRatings ratings, OrderedLogit logit, DateOnly asOf, RatingObservationLog log, int start, int end)
    {
        Ratings = ratings;
        Logit = logit;
        AsOf = asOf;
        Log = log;
        ObservationStart = start;
        ObservationEnd = end;
    }

    /// <summary>The ratings after the last training match.</summary>
    public PiRatings Ratings { get; }

    /// <summary>The fitted map from expected goal difference to 1X2.</summary>
    public OrderedLogit Logit { get; }

    /// <summary>The fit date: matches from this day on are not yet in the ratings.</summary>
    public DateOnly AsOf { get; }

    /// <summary>The out-of-sample observations the logit was fitted on.</summary>
    public IReadOnlyList<RatingObservation> Observations =>
        _observations ??= [.. Enumerable.Range(ObservationStart, ObservationEnd - ObservationStart).Select(i => Log[i])];

    internal RatingObservationLog Log { get; }

    internal int ObservationStart { get; }

    internal int ObservationEnd { get; }

    /// <inheritdoc/>
    public double[] Predict(string homeTeam, string awayTeam) =>
        Logit.Predict(Ratings.ExpectedGoalDifference(homeTeam, awayTeam));
}
