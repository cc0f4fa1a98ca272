namespace Statistico.Cli.Evaluate;

/// <summary>
/// What <c>statistico evaluate --compiler</c> stores with a competition's latest model snapshot: the walk-forward
/// metrics of that competition (<c>PUT /api/models/{competition}/snapshots/{version}/evaluation</c>).
/// </summary>
/// <param name="Model">The production model evaluated (the compiler prices with it).</param>
/// <param name="Competition">The competition (league code).</param>
/// <param name="FromSeason">First evaluated season.</param>
/// <param name="ToSeason">Last evaluated season.</param>
/// <param name="WindowDays">Training window of each weekly refit.</param>
/// <param name="EvaluatedAt">When the evaluation ran (UTC).</param>
/// <param name="Production">The production model's 1X2 row in this competition.</param>
/// <param name="MatchOdds">Every 1X2 row of the competition: models and markets, on the same matches.</param>
public sealed record SnapshotEvaluation(
    string Model, string Competition, string FromSeason, string ToSeason, int WindowDays, DateTimeOffset EvaluatedAt, ScoreRow? Production, IReadOnlyList<ScoreRow> MatchOdds);
