namespace Statistico.Cli.Evaluate;

/// <summary>Over/under 2.5 goals scores of one model or market.</summary>
/// <param name="Name">Model or market name.</param>
/// <param name="Kind"><see cref="RowKinds.Model"/> or <see cref="RowKinds.Market"/>.</param>
/// <param name="N">Matches scored.</param>
/// <param name="LogLoss">Mean log loss (natural log).</param>
/// <param name="Brier">Mean two-category Brier score.</param>
public sealed record OverUnderRow(string Name, string Kind, int N, double LogLoss, double Brier);
