using Statistico.Modelling.Evaluation;
using Statistico.Modelling.Goals;

namespace Statistico.Modelling.MarketInformed;

/// <summary>
/// Weekly walk-forward of the market-informed model: at the first date D of each unpredicted week, fit the
/// pools on the matches dated strictly before D (their results are known by then), then predict every match
/// dated D … D + 6 from its stats forecast and pre-closing prices. Matches of several leagues may be mixed:
/// the pools are shared, which gives them more history.
/// </summary>
public static class MarketInformedWalkForward
{
    /// <summary>Predictions in date order; matches no market source priced are left out.</summary>
    public static IReadOnlyList<MatchPrediction> Run(IReadOnlyList<MarketInformedMatch> matches, MarketInformedOptions options)
    {
        ArgumentNullException.ThrowIfNull(matches);
        ArgumentNullException.ThrowIfNull(options);
        var ordered = matches.OrderBy(m => m.Match.Date).ToArray();
        if (ordered.Length == 0)
        {
            return [];
        }

        var matchOddsSources = ordered[0].Quotes.MatchOdds.Count;
        var overUnderSources = ordered[0].Quotes.OverUnder25.Count;
        if (ordered.Any(m => m.Quotes.MatchOdds.Count != matchOddsSources || m.Quotes.OverUnder25.Count != overUnderSources))
        {
            throw new ArgumentException("Every match must list the same market sources.", nameof(matches));
        }

        var prior = MarketInformedModel.Untrained(matchOddsSources, overUnderSources);

        // The weeks: [start, end) of the matches each refit predicts, and the refit date D.
        var weeks = new List<(int Start, int End, DateOnly RefitDate)>();
        for (var next = 0; next < ordered.Length;)
        {
            var refitDate = ordered[next].Match.Date;
            var weekEnd = refitDate.AddDays(options.StepDays - 1);
            var end = next;
            while (end < ordered.Length && ordered[end].Match.Date <= weekEnd)
            {
                end++;
            }

            weeks.Add((next, end, refitDate));
            next = end;
        }

        // The two pools share nothing but the weeks, so their histories are built and their weekly fits run side by
        // side (issue 21's speed target); each is warm-started from its own previous week, exactly as when they ran in turn.
        // A walk that has finished forecasts the weeks whose two pools are fitted, while the other walk is still going
        // (the over/under walk finishes well before the 1X2 one); then both forecast what is left. Each week's forecasts
        // are the same whichever thread makes them.
        var matchOddsPools = new LogOpinionPool[weeks.Count];
        var overUnderPools = new LogOpinionPool[weeks.Count];
        var scores = new ScoreMatrix?[ordered.Length];
        var progress = new WeekProgress(weeks.Count);
        History oneXTwo = null!, goals = null!;
        Parallel.Invoke(
            () =>
            {
                try
                {
                    oneXTwo = new History(ordered, m => MarketFeatures.MatchOdds(m, complete: false), m => MarketFeatures.Outcome(m.Match));
                    Walk(oneXTwo, weeks, prior.MatchOdds, options, matchOddsPools, progress);
                }
                finally
                {
                    progress.WalkFinished();
                }

                Forecast();
            },
            () =>
            {
                try
                {
                    goals = new History(ordered, m => MarketFeatures.OverUnder(m, complete: false), m => MarketFeatures.OverUnderOutcome(m.Match));
                    Walk(goals, weeks, prior.OverUnder, options, overUnderPools, progress);
                }
                finally
                {
                    progress.WalkFinished();
                }

                Forecast();
            });

        var predictions = new List<MatchPrediction>(ordered.Length);
        for (var i = 0; i < ordered.Length; i++)
        {
            if (scores[i] is { } matrix)
            {
                predictions.Add(new MatchPrediction(ordered[i].Match, matrix));
            }
        }

        return predictions;

        // Each match's features were computed once for the histories; the forecasts reuse them.
        void Forecast()
        {
            while (progress.NextWeekToForecast() is { } w)
            {
                var model = new MarketInformedModel(matchOddsPools[w], overUnderPools[w]);
                for (var i = weeks[w].Start; i < weeks[w].End; i++)
                {
                    scores[i] = oneXTwo.FeaturesOf(i) is { } matchOdds ? model.Predict(ordered[i], matchOdds, goals.FeaturesOf(i)) : null;
                }
            }
        }
    }

    private static void Walk(
        History history, List<(int Start, int End, DateOnly RefitDate)> weeks, LogOpinionPool prior, MarketInformedOptions options, LogOpinionPool[] pools,
        WeekProgress progress)
    {
        var pool = prior;
        for (var w = 0; w < weeks.Count; w++)
        {
            var refitDate = weeks[w].RefitDate;
            var earliest = options.WindowDays is { } window ? refitDate.AddDays(-window) : DateOnly.MinValue;
            pool = history.Fit(earliest, refitDate, prior, options.Ridge, pool);
            pools[w] = pool;
            progress.PoolFitted(w);
        }
    }

    /// <summary>The date-ordered training rows of one pool: every row at least one market source priced.</summary>
    private sealed class History
    {
        private readonly List<DateOnly> _dates = [];
        private readonly List<double[]> _features = [];
        private readonly List<int> _outcomes = [];
        private readonly double[]?[] _byMatch;
        private CarriedLogOpinionPoolFit? _fit;

        public History(IReadOnlyList<MarketInformedMatch> ordered, Func<MarketInformedMatch, double[]?> features, Func<MarketInformedMatch, int> outcome)
        {
            _byMatch = new double[ordered.Count][];
            for (var i = 0; i < ordered.Count; i++)
            {
                var match = ordered[i];
                if (features(match) is { } x)
                {
                    _byMatch[i] = x;
                    _dates.Add(match.Match.Date);
                    _features.Add(x);
                    _outcomes.Add(outcome(match));
                }
            }
        }

        /// <summary>The features of the <paramref name="match"/>-th match in date order, null when no source priced it.</summary>
        public double[]? FeaturesOf(int match) => _byMatch[match];

        /// <summary>Fits on the rows dated in [<paramref name="earliest"/>, <paramref name="before"/>).</summary>
        public LogOpinionPool Fit(DateOnly earliest, DateOnly before, LogOpinionPool prior, double ridge, LogOpinionPool start)
        {
            var first = Count(earliest);
            var count = Count(before);
            _fit ??= new CarriedLogOpinionPoolFit(_features, _outcomes, prior, ridge);
            return _fit.Fit(first, count, start);
        }

        // Rows dated strictly before the date; the dates are sorted.
        private int Count(DateOnly date)
        {
            int low = 0, high = _dates.Count;
            while (low < high)
            {
                var mid = (low + high) / 2;
                if (_dates[mid] < date)
                {
                    low = mid + 1;
                }
                else
                {
                    high = mid;
                }
            }

            return low;
        }
    }
}
