using Statistico.Modelling.Ratings;

namespace Statistico.Modelling.Goals;

/// <summary>Pi-ratings at the fit date plus the ordered logit that turns them into 1X2.</summary>
public sealed class PiRatingFit(PiRatings ratings, OrderedLogit logit, DateOnly asOf, IReadOnlyList<RatingObservation> observations) : IFittedOutcomeModel
{
    /// <summary>The ratings after the last training match.</summary>
    public PiRatings Ratings { get; } = ratings;

    /// <summary>The fitted map from expected goal difference to 1X2.</summary>
    public OrderedLogit Logit { get; } = logit;

    /// <summary>The fit date: matches from this day on are not yet in the ratings.</summary>
    public DateOnly AsOf { get; } = asOf;

    /// <summary>The out-of-sample observations the logit was fitted on.</summary>
    public IReadOnlyList<RatingObservation> Observations { get; } = observations;

    /// <inheritdoc/>
    public double[] Predict(string homeTeam, string awayTeam) =>
        Logit.Predict(Ratings.ExpectedGoalDifference(homeTeam, awayTeam));
}
