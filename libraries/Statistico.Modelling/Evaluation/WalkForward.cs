using Statistico.Modelling.Goals;

namespace Statistico.Modelling.Evaluation;

/// <summary>
/// Weekly walk-forward over one league's matches held in memory: at the first date D of each
/// unpredicted week, refit on matches dated strictly before D within the window, then predict
/// every match dated D … D + 6. No prediction ever sees its own result.
/// </summary>
public static class WalkForward
{
    /// <summary>Predictions for every match in the evaluation range, in date order.</summary>
    public static IReadOnlyList<MatchPrediction> Run(IReadOnlyList<MatchRecord> matches, IGoalModel model, WalkForwardOptions options)
    {
        ArgumentNullException.ThrowIfNull(matches);
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(options);
        var ordered = matches.OrderBy(m => m.Date).ToArray();
        var predictions = new List<MatchPrediction>();
        IFittedGoalModel? previous = null;
        var windowStart = 0;
        var next = Array.FindIndex(ordered, m => m.Date >= options.EvaluateFrom);
        while (next >= 0 && next < ordered.Length && (options.EvaluateTo is not { } to || ordered[next].Date <= to))
        {
            var refitDate = ordered[next].Date;
            while (ordered[windowStart].Date.DayNumber < refitDate.DayNumber - options.WindowDays)
            {
                windowStart++;
            }

            var training = new ArraySegment<MatchRecord>(ordered, windowStart, next - windowStart);
            if (training.Count == 0)
            {
                throw new ArgumentException($"No training matches before {refitDate}.", nameof(matches));
            }

            var fitted = model.Fit(training, refitDate, previous);
            var weekEnd = refitDate.AddDays(options.StepDays - 1);
            for (; next < ordered.Length && ordered[next].Date <= weekEnd; next++)
            {
                if (options.EvaluateTo is { } last && ordered[next].Date > last)
                {
                    break;
                }

                predictions.Add(new MatchPrediction(ordered[next], fitted.Predict(ordered[next].HomeTeam, ordered[next].AwayTeam)));
            }

            previous = fitted;
        }

        return predictions;
    }

    /// <summary>
    /// Walk-forward of several leagues at once, one league per core: leagues share nothing, so
    /// this is the cheap way to use a multi-core machine. <paramref name="createModel"/> is called
    /// once per league because fitted state (warm starts) must not cross leagues.
    /// </summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<MatchPrediction>> RunLeagues(
        IReadOnlyDictionary<string, IReadOnlyList<MatchRecord>> leagues, Func<IGoalModel> createModel, WalkForwardOptions options, int? maxDegreeOfParallelism = null)
    {
        ArgumentNullException.ThrowIfNull(leagues);
        ArgumentNullException.ThrowIfNull(createModel);
        var results = new System.Collections.Concurrent.ConcurrentDictionary<string, IReadOnlyList<MatchPrediction>>(StringComparer.Ordinal);
        Parallel.ForEach(
            leagues,
            new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism ?? Environment.ProcessorCount },
            league => results[league.Key] = Run(league.Value, createModel(), options));
        return results;
    }
}
