namespace Statistico.Modelling.Goals;

/// <summary>
/// A goal model that can be fitted on past matches. Fitting returns an immutable snapshot so a
/// fitted model can be shared between threads and kept while the next one is being fitted.
/// </summary>
public interface IGoalModel
{
    /// <summary>Short stable name used in reports (e.g. "dixon-coles").</summary>
    string Name { get; }

    /// <summary>Fits the model on <paramref name="matches"/> as seen on <paramref name="asOf"/>.</summary>
    /// <param name="matches">Matches played before <paramref name="asOf"/>; order does not matter.</param>
    /// <param name="asOf">The day predictions are made for; time-decay weights count days back from it.</param>
    IFittedGoalModel Fit(IReadOnlyList<MatchRecord> matches, DateOnly asOf);

    /// <summary>
    /// Fits starting from a previous fit of the same model (a walk-forward refits every week on
    /// almost the same data, so the old optimum is an excellent start). Models that cannot use
    /// it simply fit from scratch.
    /// </summary>
    IFittedGoalModel Fit(IReadOnlyList<MatchRecord> matches, DateOnly asOf, IFittedGoalModel? previous) => Fit(matches, asOf);
}
