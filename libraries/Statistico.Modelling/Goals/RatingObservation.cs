namespace Statistico.Modelling.Goals;

/// <summary>What a rating system expected before a match and what happened.</summary>
/// <param name="Date">Match date.</param>
/// <param name="ExpectedGoalDifference">The ratings' expectation before the match.</param>
/// <param name="Outcome">0 home win, 1 draw, 2 away win.</param>
public sealed record RatingObservation(DateOnly Date, double ExpectedGoalDifference, int Outcome);
