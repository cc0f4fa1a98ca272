namespace Statistico.Cli.Evaluate;

/// <summary>1X2 scores of one model or market over a set of matches.</summary>
/// <param name="Name">Model or market name.</param>
/// <param name="Kind"><see cref="RowKinds.Model"/> or <see cref="RowKinds.Market"/>.</param>
/// <param name="N">Matches scored.</param>
/// <param name="Rps">Mean ranked probability score.</param>
/// <param name="LogLoss">Mean log loss (natural log).</param>
/// <param name="Brier">Mean multi-category Brier score.</param>
/// <param name="Accuracy">Share of matches whose most likely outcome happened.</param>
public sealed record ScoreRow(string Name, string Kind, int N, double Rps, double LogLoss, double Brier, double Accuracy);
