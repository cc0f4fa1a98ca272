namespace Statistico.Modelling.Goals;

/// <summary>A fitted goal model: predicts the full score distribution of a fixture.</summary>
public interface IFittedGoalModel
{
    /// <summary>True when the team appeared in the fitting data.</summary>
    bool Knows(string team);

    /// <summary>
    /// The joint distribution of final scores. Unknown teams are treated as league-average, so
    /// callers that care (promoted teams) should check <see cref="Knows"/> first.
    /// </summary>
    ScoreMatrix Predict(string homeTeam, string awayTeam);
}
