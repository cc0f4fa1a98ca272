namespace Statistico.Modelling.Goals;

/// <summary>
/// A fitted <see cref="BlendedGoalModel"/> seen through its parts, so a caller can explain a price
/// (the goal model's expected goals and parameters, the outcome model's 1X2) without refitting them.
/// </summary>
public interface IBlendedGoalFit : IFittedGoalModel
{
    /// <summary>The fitted goal model whose score matrix is rescaled.</summary>
    IFittedGoalModel Goals { get; }

    /// <summary>The fitted outcome model blended into the 1X2.</summary>
    IFittedOutcomeModel Outcomes { get; }

    /// <summary>Weight of the outcome model's 1X2 in the blend.</summary>
    double OutcomeWeight { get; }
}
