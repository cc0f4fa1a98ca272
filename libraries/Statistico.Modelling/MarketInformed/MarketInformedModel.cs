using Statistico.Modelling.Goals;

namespace Statistico.Modelling.MarketInformed;

/// <summary>
/// The market-informed model at one decision time: a 1X2 pool and an over/under 2.5 pool, each combining the
/// stats model's probabilities with the market sources' in log-odds space, and the stats model's score matrix
/// calibrated to both combined forecasts so every market comes from one score distribution.
/// </summary>
/// <param name="MatchOdds">The 1X2 pool (source 0 the stats model, then the market sources).</param>
/// <param name="OverUnder">The over/under 2.5 pool, same layout.</param>
public sealed record MarketInformedModel(LogOpinionPool MatchOdds, LogOpinionPool OverUnder)
{
    /// <summary>Report and publishing name.</summary>
    public const string Name = "market-informed";

    /// <summary>
    /// The model before any history: the lead market (source 0 of the quotes) trusted outright, the stats
    /// model and the other sources ignored.
    /// </summary>
    public static MarketInformedModel Untrained(int matchOddsSources, int overUnderSources) =>
        new(LogOpinionPool.TrustOnly(3, matchOddsSources + 1, 1), LogOpinionPool.TrustOnly(2, overUnderSources + 1, 1));

    /// <summary>
    /// Fits both pools on <paramref name="history"/>: matches that finished before the decision, with their
    /// out-of-sample stats forecasts and pre-closing prices. <paramref name="previous"/> warm-starts the fit.
    /// </summary>
    public static MarketInformedModel Fit(
        IReadOnlyList<MarketInformedMatch> history, int matchOddsSources, int overUnderSources, MarketInformedOptions options, MarketInformedModel? previous = null)
    {
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(options);
        var prior = Untrained(matchOddsSources, overUnderSources);
        var oneXTwo = Rows(history, m => MarketFeatures.MatchOdds(m, complete: false), m => MarketFeatures.Outcome(m.Match));
        var goals = Rows(history, m => MarketFeatures.OverUnder(m, complete: false), m => MarketFeatures.OverUnderOutcome(m.Match));
        return new MarketInformedModel(
            LogOpinionPoolFitter.Fit(oneXTwo.Features, oneXTwo.Outcomes, 0, oneXTwo.Features.Count, prior.MatchOdds, options.Ridge, previous?.MatchOdds),
            LogOpinionPoolFitter.Fit(goals.Features, goals.Outcomes, 0, goals.Features.Count, prior.OverUnder, options.Ridge, previous?.OverUnder));
    }

    /// <summary>
    /// The market-informed score distribution, or null when no market source priced the 1X2 (the stats model
    /// stands alone then; this model is defined by the prices it combines).
    /// </summary>
    public ScoreMatrix? Predict(MarketInformedMatch match)
    {
        ArgumentNullException.ThrowIfNull(match);
        if (MarketFeatures.MatchOdds(match, complete: false) is not { } matchOdds)
        {
            return null;
        }

        return Predict(match, matchOdds, MarketFeatures.OverUnder(match, complete: false));
    }

    /// <summary>The same from the match's pool features, already built (the walk-forward builds them once per match).</summary>
    internal ScoreMatrix Predict(MarketInformedMatch match, double[] matchOdds, double[]? overUnder)
    {
        var oneXTwo = Combine(MatchOdds, matchOdds);
        double? over = overUnder is { } goals ? Combine(OverUnder, goals)[0] : null;
        return ScoreMatrixCalibration.Calibrate(match.Model, oneXTwo, over);
    }

    private static double[] Combine(LogOpinionPool pool, double[] features)
    {
        var result = new double[pool.Classes];
        LogOpinionPool.Softmax(pool.Parameters, pool.Classes, features, result);
        return result;
    }

    private static (List<double[]> Features, List<int> Outcomes) Rows(
        IEnumerable<MarketInformedMatch> matches, Func<MarketInformedMatch, double[]?> features, Func<MarketInformedMatch, int> outcome)
    {
        var rows = (Features: new List<double[]>(), Outcomes: new List<int>());
        foreach (var match in matches)
        {
            if (features(match) is { } x)
            {
                rows.Features.Add(x);
                rows.Outcomes.Add(outcome(match));
            }
        }

        return rows;
    }
}
