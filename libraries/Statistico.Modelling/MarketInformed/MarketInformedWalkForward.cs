using Statistico.Modelling.Evaluation;

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

        var oneXTwo = new History(ordered, m => MarketFeatures.MatchOdds(m, complete: false), m => MarketFeatures.Outcome(m.Match));
        var goals = new History(ordered, m => MarketFeatures.OverUnder(m, complete: false), m => MarketFeatures.OverUnderOutcome(m.Match));
        var prior = MarketInformedModel.Untrained(matchOddsSources, overUnderSources);
        var model = prior;
        var predictions = new List<MatchPrediction>(ordered.Length);
        for (var next = 0; next < ordered.Length;)
        {
            var refitDate = ordered[next].Match.Date;
            var earliest = options.WindowDays is { } window ? refitDate.AddDays(-window) : DateOnly.MinValue;
            model = new MarketInformedModel(
                oneXTwo.Fit(earliest, refitDate, prior.MatchOdds, options.Ridge, model.MatchOdds),
                goals.Fit(earliest, refitDate, prior.OverUnder, options.Ridge, model.OverUnder));
            var weekEnd = refitDate.AddDays(options.StepDays - 1);
            for (; next < ordered.Length && ordered[next].Match.Date <= weekEnd; next++)
            {
                if (model.Predict(ordered[next]) is { } scores)
                {
                    predictions.Add(new MatchPrediction(ordered[next].Match, scores));
                }
            }
        }

        return predictions;
    }

    /// <summary>The date-ordered training rows of one pool: every row at least one market source priced.</summary>
    private sealed class History
    {
        private readonly List<DateOnly> _dates = [];
        private readonly List<double[]> _features = [];
        private readonly List<int> _outcomes = [];

        public History(IEnumerable<MarketInformedMatch> ordered, Func<MarketInformedMatch, double[]?> features, Func<MarketInformedMatch, int> outcome)
        {
            foreach (var match in ordered)
            {
                if (features(match) is { } x)
                {
                    _dates.Add(match.Match.Date);
                    _features.Add(x);
                    _outcomes.Add(outcome(match));
                }
            }
        }

        /// <summary>Fits on the rows dated in [<paramref name="earliest"/>, <paramref name="before"/>).</summary>
        public LogOpinionPool Fit(DateOnly earliest, DateOnly before, LogOpinionPool prior, double ridge, LogOpinionPool start)
        {
            var first = Count(earliest);
            var count = Count(before);
            return LogOpinionPoolFitter.Fit(_features, _outcomes, first, count, prior, ridge, start);
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
