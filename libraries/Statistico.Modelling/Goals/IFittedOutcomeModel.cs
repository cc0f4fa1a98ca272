namespace Statistico.Modelling.Goals;

/// <summary>A fitted 1X2 model.</summary>
public interface IFittedOutcomeModel
{
    /// <summary>HOME, DRAW, AWAY probabilities summing to one.</summary>
    double[] Predict(string homeTeam, string awayTeam);
}
