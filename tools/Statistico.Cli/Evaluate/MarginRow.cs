namespace Statistico.Cli.Evaluate;

/// <summary>
/// How far one row beat another on the same matches: the mean per-match score difference (negative: the model
/// scored better) and its 95% paired bootstrap interval.
/// </summary>
/// <param name="Metric">"1X2 RPS" or "O/U 2.5 log loss".</param>
/// <param name="Model">The row being judged.</param>
/// <param name="Reference">The row it is compared with.</param>
/// <param name="Season">A season, or "all" for the pooled figure.</param>
/// <param name="N">Matches compared.</param>
/// <param name="Difference">Mean of model score minus reference score.</param>
/// <param name="Low">2.5th percentile of the bootstrap means.</param>
/// <param name="High">97.5th percentile of the bootstrap means.</param>
public sealed record MarginRow(string Metric, string Model, string Reference, string Season, int N, double Difference, double Low, double High);
