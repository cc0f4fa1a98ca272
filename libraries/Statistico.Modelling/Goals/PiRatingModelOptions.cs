using Statistico.Modelling.Ratings;

namespace Statistico.Modelling.Goals;

/// <summary>Options of <see cref="PiRatingOutcomeModel"/>.</summary>
public sealed record PiRatingModelOptions
{
    /// <summary>Pi-rating learning rates.</summary>
    public PiRatingOptions Ratings { get; init; } = new();

    /// <summary>
    /// Weight of the shots-on-target difference in the goal difference the ratings learn from,
    /// (1 − w)·goal difference + w·(goals per shot on target)·shots-on-target difference.
    /// </summary>
    public double ShotsOnTargetWeight { get; init; } = 0.3;

    /// <summary>Expected goals per shot on target.</summary>
    public double GoalsPerShotOnTarget { get; init; } = 0.3;

    /// <summary>Share of the (date-ordered) training matches used only to warm the ratings up, not to fit the logit.</summary>
    public double BurnInShare { get; init; } = 0.3;
}
