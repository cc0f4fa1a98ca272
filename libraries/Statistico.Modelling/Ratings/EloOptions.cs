namespace Statistico.Modelling.Ratings;

/// <summary>Parameters of <see cref="EloRatings"/> (defaults follow the World Football Elo ratings).</summary>
public sealed record EloOptions
{
    /// <summary>Rating of a team not yet seen.</summary>
    public double InitialRating { get; init; } = 1500;

    /// <summary>Update size for a one-goal result.</summary>
    public double K { get; init; } = 20;

    /// <summary>Rating points added to the home side when computing its expectation.</summary>
    public double HomeAdvantage { get; init; } = 100;
}
