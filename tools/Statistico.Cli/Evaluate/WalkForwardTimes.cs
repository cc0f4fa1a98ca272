namespace Statistico.Cli.Evaluate;

/// <summary>
/// How long <c>evaluate</c> spent producing the selected models' forecasts: the walk-forwards issue 21's speed target
/// names, without reading the files, scoring or the bootstrap intervals (which <see cref="EvaluationReport.ElapsedSeconds"/>
/// includes). Wall seconds, measured inside the process.
/// </summary>
/// <param name="Seconds">From the first fit to the last forecast of every selected model.</param>
/// <param name="GoalModelsSeconds">
/// The goal models' weekly walk-forwards, one (league, model) job per core; for the market-informed model this is its
/// production model's walk-forward, whose out-of-sample forecasts it combines, and removing the margins of every
/// evaluated match's pre-closing prices, one job per league after the walk-forwards' (they need no forecast).
/// </param>
/// <param name="MarketInformedSeconds">The market-informed stage: the pools' weekly refits and the calibrated score matrices (0 when not selected).</param>
/// <param name="CpuSeconds">
/// The process's CPU time (all threads, the runtime's included) over the same span: less sensitive than wall time to
/// other programs sharing the cores, so the fairer figure for comparing two runs on a busy machine.
/// </param>
/// <param name="ModelJobSeconds">
/// Per goal model, the sum of its per-league jobs' wall times (each job runs on one thread): how much of the two cores'
/// time each model took when several are selected.
/// </param>
public sealed record WalkForwardTimes(
    double Seconds, double GoalModelsSeconds, double MarketInformedSeconds, double CpuSeconds, IReadOnlyDictionary<string, double> ModelJobSeconds)
{
    /// <summary>No walk-forward ran (nothing to evaluate).</summary>
    public static WalkForwardTimes None { get; } = new(0, 0, 0, 0, new Dictionary<string, double>());
}
