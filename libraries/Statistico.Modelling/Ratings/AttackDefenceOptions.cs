namespace Statistico.Modelling.Ratings;

/// <summary>Parameters of <see cref="AttackDefenceRatings"/>.</summary>
public sealed record AttackDefenceOptions
{
    /// <summary>Rating every team starts with, for attack and defence alike.</summary>
    public double InitialRating { get; init; } = 1000;

    /// <summary>K for competitions not in <see cref="KByCompetition"/>.</summary>
    public double DefaultK { get; init; } = 20;

    /// <summary>K per competition code: bigger K moves ratings faster.</summary>
    public IReadOnlyDictionary<string, double> KByCompetition { get; init; } = new Dictionary<string, double>();

    /// <summary>Goals after this minute that leave a lead of d ≥ 2 count 1/d.</summary>
    public int LateGoalMinute { get; init; } = 70;

    /// <summary>Factor on goals scored against ten men (and its inverse for goals scored with ten).</summary>
    public double RedCardFactor { get; init; } = 0.75;
}
