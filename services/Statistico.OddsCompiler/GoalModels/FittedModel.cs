using Statistico.Modelling.Goals;

namespace Statistico.OddsCompiler.GoalModels;

/// <summary>A fresh fit with the figures its snapshot records.</summary>
/// <param name="Fit">The fitted production model.</param>
/// <param name="ModelName">The model's name.</param>
/// <param name="Parameters">The goal part's parameters and each team's ratings.</param>
/// <param name="LogLikelihood">Σ log P(observed score) over the training matches.</param>
/// <param name="Elapsed">Time the fit took.</param>
public sealed record FittedModel(IFittedGoalModel Fit, string ModelName, ModelParameters Parameters, double LogLikelihood, TimeSpan Elapsed);
