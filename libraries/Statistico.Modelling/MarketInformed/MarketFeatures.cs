using Statistico.Modelling.Goals;

namespace Statistico.Modelling.MarketInformed;

/// <summary>
/// The log-probability features of one match for the two pools: the stats model first, then each market
/// source. A source without a price is filled with the mean of the sources that have one, in training as in
/// forecasting (Pinnacle's and Bet365's over/under columns start in 2019/20; the market average and best go back
/// further, so the over/under pool learns from every season with their consensus standing in).
/// </summary>
internal static class MarketFeatures
{
    public static double[]? MatchOdds(MarketInformedMatch match, bool complete) =>
        Build([match.Model.HomeWin, match.Model.Draw, match.Model.AwayWin], match.Quotes.MatchOdds, complete);

    public static double[]? OverUnder(MarketInformedMatch match, bool complete)
    {
        var over = match.Model.Probability((h, a) => h + a > 2);
        return Build([over, 1 - over], match.Quotes.OverUnder25, complete);
    }

    private static double[]? Build(double[] model, IReadOnlyList<double[]?> sources, bool complete)
    {
        var priced = 0;
        for (var s = 0; s < sources.Count; s++)
        {
            priced += sources[s] is null ? 0 : 1;
        }

        if (priced == 0 || (complete && priced < sources.Count))
        {
            return null;
        }

        var classes = model.Length;
        Span<double> consensus = stackalloc double[classes];
        consensus.Clear();
        for (var s = 0; s < sources.Count; s++)
        {
            if (sources[s] is { } source)
            {
                for (var k = 0; k < classes; k++)
                {
                    consensus[k] += source[k] / priced;
                }
            }
        }

        var features = new double[(sources.Count + 1) * classes];
        for (var k = 0; k < classes; k++)
        {
            features[k] = Math.Log(Math.Max(model[k], LogOpinionPool.Floor));
        }

        for (var s = 0; s < sources.Count; s++)
        {
            ReadOnlySpan<double> p = sources[s] is { } source ? source : consensus;
            for (var k = 0; k < classes; k++)
            {
                features[((s + 1) * classes) + k] = Math.Log(Math.Max(p[k], LogOpinionPool.Floor));
            }
        }

        return features;
    }

    public static int Outcome(MatchRecord match) =>
        match.HomeGoals > match.AwayGoals ? 0 : match.HomeGoals == match.AwayGoals ? 1 : 2;

    public static int OverUnderOutcome(MatchRecord match) => match.HomeGoals + match.AwayGoals > 2 ? 0 : 1;
}
