using Statistico.Modelling.Goals;
using Statistico.OddsCompiler.Priors;

namespace Statistico.OddsCompiler.GoalModels;

/// <summary>A competition's current fitted production model, held in memory for pricing and explaining.</summary>
/// <param name="Version">The snapshot version.</param>
/// <param name="ModelName">The model's name.</param>
/// <param name="Fit">The immutable fitted model.</param>
/// <param name="Training">What it was fitted on.</param>
/// <param name="Parameters">Its parameters as stored in the snapshot.</param>
/// <param name="Priors">The priors named teams were fitted from (ADR 0404).</param>
public sealed record CompetitionModel(
    int Version, string ModelName, IFittedGoalModel Fit, TrainingSet Training, ModelParameters Parameters, IReadOnlyDictionary<string, TeamPrior> Priors)
{
    /// <summary>Whether the model can price <paramref name="team"/>: it played in the window or has a prior.</summary>
    public bool Knows(string team) => Training.MatchesByTeam.ContainsKey(team) || Priors.ContainsKey(team);

    /// <summary>The version string published in <c>OddsCompiled</c>, e.g. <c>E0.3</c>.</summary>
    public string VersionLabel => $"{Training.CompetitionId}.{Version}";
}
