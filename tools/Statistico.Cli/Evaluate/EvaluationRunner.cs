using System.Collections.Concurrent;
using System.Diagnostics;
using Statistico.FootballDataFiles;
using Statistico.Modelling.Evaluation;
using Statistico.Modelling.Goals;
using Statistico.Modelling.MarketInformed;

namespace Statistico.Cli.Evaluate;

/// <summary>
/// Runs the weekly walk-forward of every selected model over every league, then scores models and
/// markets. Each (league, model) pair is an independent job, so the pairs are spread over the
/// cores; the largest leagues start first so no core idles at the end.
/// </summary>
public static class EvaluationRunner
{
    /// <summary>The number of walk-forward jobs <see cref="Run"/> will report through its callback.</summary>
    public static int JobCount(FootballDataSet data, EvaluationSettings settings)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(settings);
        return data.Leagues.Count * ModelCatalogue.GoalModels(settings.Models).Count;
    }

    /// <summary>
    /// Evaluates <paramref name="data"/>. <paramref name="jobDone"/> is called (from worker threads)
    /// after each (league, model) walk-forward, for progress display.
    /// </summary>
    public static EvaluationReport Run(
        FootballDataSet data, EvaluationSettings settings, Action<string, string>? jobDone = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(settings);
        var problems = data.Problems.Select(p => p.ToString()).ToList();
        var goalModels = ModelCatalogue.GoalModels(settings.Models);
        var from = settings.FromSeason ?? DefaultFromSeason(data);
        var plans = new List<(string League, IReadOnlyList<FootballDataMatch> All, IReadOnlyList<FootballDataMatch> Evaluated)>();
        foreach (var (league, matches) in data.Leagues)
        {
            var evaluated = matches.Where(m => m.Season >= from).ToArray();
            if (evaluated.Length == 0 || evaluated.Length == matches.Count)
            {
                problems.Add(evaluated.Length == 0
                    ? $"{league}: no season from {from} on; league skipped"
                    : $"{league}: no history before {from} to fit on; league skipped");
                foreach (var model in goalModels)
                {
                    jobDone?.Invoke(league, model);
                }

                continue;
            }

            plans.Add((league, matches, evaluated));
        }

        var predictions = new ConcurrentDictionary<(string League, string Model), IReadOnlyDictionary<MatchRecord, ScoreMatrix>>();
        var jobSeconds = new ConcurrentDictionary<string, double>(StringComparer.Ordinal);
        var clock = Stopwatch.StartNew();
        var cpuAtStart = Process.GetCurrentProcess().TotalProcessorTime;
        // The market-informed model's margin-free pre-closing prices depend on no forecast, so each league's are worked
        // out as a job of its own after the walk-forwards', on a core that would otherwise wait for the last league to
        // finish (issue 21's speed target: they were the market-informed stage's first step).
        var marketInformed = settings.Models.Contains(MarketInformedModel.Name);
        var quotes = new ConcurrentDictionary<string, MarketQuotes[]>(StringComparer.Ordinal);
        var jobs = plans.OrderByDescending(p => p.Evaluated.Count)
            .SelectMany(p => goalModels.Select(model => (Plan: p, Model: (string?)model)))
            .Concat(marketInformed ? plans.Select(p => (Plan: p, Model: (string?)null)) : []);
        Parallel.ForEach(jobs, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancellationToken }, job =>
        {
            if (job.Model is null)
            {
                quotes[job.Plan.League] = [.. job.Plan.Evaluated.Select(MarketInformedInputs.Quotes)];
                return;
            }

            var started = Stopwatch.GetTimestamp();
            var options = new WalkForwardOptions { EvaluateFrom = job.Plan.Evaluated[0].Match.Date, WindowDays = settings.WindowDays };
            var records = job.Plan.All.Select(m => m.Match).ToArray();
            var byMatch = new Dictionary<MatchRecord, ScoreMatrix>(ReferenceEqualityComparer.Instance);
            foreach (var prediction in WalkForward.Run(records, ModelCatalogue.Create(job.Model), options))
            {
                byMatch[prediction.Match] = prediction.Scores;
            }

            predictions[(job.Plan.League, job.Model)] = byMatch;
            var elapsed = Stopwatch.GetElapsedTime(started).TotalSeconds;
            jobSeconds.AddOrUpdate(job.Model, elapsed, (_, sum) => sum + elapsed);
            jobDone?.Invoke(job.Plan.League, job.Model);
        });

        var goalModelsSeconds = clock.Elapsed.TotalSeconds;
        if (marketInformed)
        {
            var combined = MarketInformed(plans.Select(p => (p.Evaluated, quotes[p.League], predictions[(p.League, ModelCatalogue.ProductionName)])));
            foreach (var plan in plans)
            {
                predictions[(plan.League, MarketInformedModel.Name)] = combined;
            }
        }

        var walkForwardSeconds = clock.Elapsed.TotalSeconds;
        var walkForward = new WalkForwardTimes(
            walkForwardSeconds,
            goalModelsSeconds,
            marketInformed ? walkForwardSeconds - goalModelsSeconds : 0,
            (Process.GetCurrentProcess().TotalProcessorTime - cpuAtStart).TotalSeconds,
            goalModels.ToDictionary(m => m, m => jobSeconds.GetValueOrDefault(m), StringComparer.Ordinal));

        var leagues = plans.Select(p => new LeagueWalkForward(
            p.League,
            p.Evaluated,
            settings.Models.ToDictionary(m => m, m => predictions[(p.League, m)], StringComparer.Ordinal))).ToList();
        var lastSeason = plans.Count == 0 ? from : plans.Max(p => p.Evaluated[^1].Season);
        return EvaluationScoring.Score(leagues, settings, problems, from, lastSeason) with { WalkForward = walkForward };
    }

    /// <summary>
    /// The market-informed walk-forward over every league's evaluated matches at once (one shared combination,
    /// refitted weekly on the matches finished before each week), from the production model's out-of-sample forecasts.
    /// </summary>
    private static Dictionary<MatchRecord, ScoreMatrix> MarketInformed(
        IEnumerable<(IReadOnlyList<FootballDataMatch> Evaluated, MarketQuotes[] Quotes, IReadOnlyDictionary<MatchRecord, ScoreMatrix> Production)> leagues)
    {
        // In league order, each league's matches in file order (the walk-forward sorts by date stably, so the order of
        // a day's matches is kept), those the production model forecast.
        var inputs = new List<MarketInformedMatch>();
        foreach (var (evaluated, quotes, production) in leagues)
        {
            for (var i = 0; i < evaluated.Count; i++)
            {
                if (production.TryGetValue(evaluated[i].Match, out var scores))
                {
                    inputs.Add(new MarketInformedMatch(evaluated[i].Match, scores, quotes[i]));
                }
            }
        }

        var byMatch = new Dictionary<MatchRecord, ScoreMatrix>(ReferenceEqualityComparer.Instance);
        foreach (var prediction in MarketInformedWalkForward.Run(inputs, new MarketInformedOptions()))
        {
            byMatch[prediction.Match] = prediction.Scores;
        }

        return byMatch;
    }

    /// <summary>Three seasons of history before the first evaluated one, matching the default training window.</summary>
    private static SeasonName DefaultFromSeason(FootballDataSet data)
    {
        var seasons = data.Leagues.Values.SelectMany(l => l.Select(m => m.Season)).Distinct().Order().ToArray();
        return seasons.Length == 0 ? default : seasons[Math.Min(3, seasons.Length - 1)];
    }
}
