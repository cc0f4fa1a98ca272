namespace Statistico.Modelling.Goals;

/// <summary>
/// A weighted mixture of goal models' score matrices: still one score distribution per fixture,
/// so every market stays consistent. Weights are normalised to sum to one.
/// </summary>
public sealed class EnsembleGoalModel : IGoalModel
{
    private readonly IReadOnlyList<(IGoalModel Model, double Weight)> _members;

    /// <summary>Creates the ensemble; every weight must be positive.</summary>
    public EnsembleGoalModel(IReadOnlyList<(IGoalModel Model, double Weight)> members)
    {
        ArgumentNullException.ThrowIfNull(members);
        if (members.Count == 0 || members.Any(m => !(m.Weight > 0)))
        {
            throw new ArgumentException("An ensemble needs at least one member, each with a positive weight.", nameof(members));
        }

        var total = members.Sum(m => m.Weight);
        _members = [.. members.Select(m => (m.Model, m.Weight / total))];
    }

    /// <inheritdoc/>
    public string Name => "ensemble(" + string.Join(",", _members.Select(m => m.Model.Name)) + ")";

    /// <inheritdoc/>
    public IFittedGoalModel Fit(IReadOnlyList<MatchRecord> matches, DateOnly asOf) => Fit(matches, asOf, null);

    /// <inheritdoc/>
    public IFittedGoalModel Fit(IReadOnlyList<MatchRecord> matches, DateOnly asOf, IFittedGoalModel? previous)
    {
        var earlier = (previous as Fitted)?.Members;
        return new Fitted([.. _members.Select((m, i) => (m.Model.Fit(matches, asOf, earlier?[i].Fit), m.Weight))]);
    }

    private sealed class Fitted(IReadOnlyList<(IFittedGoalModel Fit, double Weight)> members) : IFittedGoalModel
    {
        public IReadOnlyList<(IFittedGoalModel Fit, double Weight)> Members { get; } = members;

        public bool Knows(string team) => Members.All(m => m.Fit.Knows(team));

        public ScoreMatrix Predict(string homeTeam, string awayTeam)
        {
            var matrices = Members.Select(m => (Matrix: m.Fit.Predict(homeTeam, awayTeam), m.Weight)).ToArray();
            var maxGoals = matrices.Min(m => m.Matrix.MaxGoals);
            return ScoreMatrix.FromWeights(maxGoals, (h, a) => matrices.Sum(m => m.Weight * m.Matrix[h, a]));
        }
    }
}
