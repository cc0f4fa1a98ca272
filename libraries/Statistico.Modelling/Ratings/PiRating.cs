namespace Statistico.Modelling.Ratings;

/// <summary>A team's pi-ratings: one for home matches, one for away matches (goal-difference scale).</summary>
/// <param name="Home">Rating used when the team plays at home.</param>
/// <param name="Away">Rating used when the team plays away.</param>
public sealed record PiRating(double Home, double Away);
