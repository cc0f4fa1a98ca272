namespace Statistico.Modelling.Goals;

/// <summary>
/// An ensemble that keeps one score distribution: the goal model's score matrix, rescaled so
/// its 1X2 is the weighted average of the goal model's and the outcome model's 1X2. Every
/// market priced from it therefore agrees with the blended 1X2.
/// </summary>
public sealed class BlendedGoalModel(IGoalModel goals, IOutcomeModel outcomes, double outcomeWeight = 0.5) : IGoalModel
{
    /// <inheritdoc/>
    public string Name => $"{goals.Name}+{outcomes.Name}";

    /// <inheritdoc/>
    public IFittedGoalModel Fit(IReadOnlyList<MatchRecord> matches, DateOnly asOf) => Fit(matches, asOf, null);

    /// <inheritdoc/>
    public IFittedGoalModel Fit(IReadOnlyList<MatchRecord> matches, DateOnly asOf, IFittedGoalModel? previous) =>
        new Fitted(
            goals.Fit(matches, asOf, (previous as Fitted)?.Goals),
            outcomes.Fit(matches, asOf, (previous as Fitted)?.Outcomes),
            outcomeWeight);

    private sealed class Fitted(IFittedGoalModel goals, IFittedOutcomeModel outcomes, double weight) : IBlendedGoalFit
    {
        public double OutcomeWeight => weight;

        public IFittedGoalModel Goals { get; } = goals;

        public IFittedOutcomeModel Outcomes { get; } = outcomes;

        public bool Knows(string team) => Goals.Knows(team);

        public ScoreMatrix Predict(string homeTeam, string awayTeam)
        {
            var matrix = Goals.Predict(homeTeam, awayTeam);
            var other = Outcomes.Predict(homeTeam, awayTeam);
            return matrix.WithMatchOdds(
                ((1 - weight) * matrix.HomeWin) + (weight * other[0]),
                ((1 - weight) * matrix.Draw) + (weight * other[1]),
                ((1 - weight) * matrix.AwayWin) + (weight * other[2]));
        }
    }
}
