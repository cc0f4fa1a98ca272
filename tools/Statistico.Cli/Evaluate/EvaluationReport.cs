namespace Statistico.Cli.Evaluate;

/// <summary>
/// Everything <c>statistico evaluate</c> prints and writes as JSON. The first five properties are
/// the shape issue 5 specifies; the rest say what the figures rest on.
/// </summary>
public sealed record EvaluationReport
{
    /// <summary>Name of the production model.</summary>
    public required string Production { get; init; }

    /// <summary>1X2 rows over all leagues, each scored on the same matches.</summary>
    public required IReadOnlyList<ScoreRow> Pooled { get; init; }

    /// <summary>O/U 2.5 rows over all leagues, on the matches Pinnacle priced that market.</summary>
    public required IReadOnlyList<OverUnderRow> OverUnder25 { get; init; }

    /// <summary>League code → 1X2 rows on that league's share of the pooled matches.</summary>
    public required IReadOnlyDictionary<string, IReadOnlyList<ScoreRow>> Leagues { get; init; }

    /// <summary>Wall time of the whole command, reading files, scoring and bootstrap intervals included.</summary>
    public double ElapsedSeconds { get; init; }

    /// <summary>Wall time of the walk-forwards alone: producing the selected models' forecasts (issue 21's speed target).</summary>
    public WalkForwardTimes WalkForward { get; init; } = WalkForwardTimes.None;

    /// <summary>First evaluated season.</summary>
    public required string FromSeason { get; init; }

    /// <summary>Last evaluated season.</summary>
    public required string ToSeason { get; init; }

    /// <summary>Training window of each weekly refit, in days.</summary>
    public required int WindowDays { get; init; }

    /// <summary>Matches the walk-forward predicted (before the common-set filter).</summary>
    public required int Evaluated { get; init; }

    /// <summary>Predicted matches not in the pooled set, by reason.</summary>
    public required IReadOnlyList<DroppedMatches> Dropped { get; init; }

    /// <summary>Predicted matches without a Pinnacle O/U 2.5 price (the columns exist from 2019/20 only).</summary>
    public required int OverUnder25Unpriced { get; init; }

    /// <summary>
    /// The market-informed model's score minus Pinnacle pre-closing's, per season and pooled, with a paired
    /// bootstrap interval (1X2 RPS on the pooled matches, O/U 2.5 log loss); empty when that model was not run.
    /// </summary>
    public IReadOnlyList<MarginRow> Margins { get; init; } = [];

    /// <summary>Missing files and skipped rows, as "path:line: message".</summary>
    public required IReadOnlyList<string> Problems { get; init; }
}
