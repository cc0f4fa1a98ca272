namespace Statistico.Modelling.Ratings;

/// <summary>Parameters of <see cref="PiRatings"/>; defaults are Constantinou and Fenton's (2013).</summary>
public sealed record PiRatingOptions
{
    /// <summary>Learning rate λ for the rating of the venue played.</summary>
    public double LearningRate { get; init; } = 0.035;

    /// <summary>Share γ of that change passed on to the rating of the other venue.</summary>
    public double CrossVenueRate { get; init; } = 0.7;

    /// <summary>Scale c in ĝ = 10^(|R|/c) − 1 and ψ(e) = c·log10(1 + e).</summary>
    public double Scale { get; init; } = 3;
}
