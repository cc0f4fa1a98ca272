using Statistico.FootballDataFiles;
using Statistico.Modelling.Goals;
using Statistico.Modelling.MarketInformed;
using Statistico.Modelling.Pricing;

namespace Statistico.Cli.Evaluate;

/// <summary>
/// What the market-informed model is given for a football-data row: the stats model's out-of-sample forecast and
/// the pre-closing prices of <see cref="MarketForecasts.PreClosingNames"/>, margins removed per bookmaker. The
/// closing columns are never read here, so the model cannot see a price set after the decision time.
/// </summary>
public static class MarketInformedInputs
{
    // Shin's method; on a two-way market it takes the same margin off each side (the additive method).
    private static readonly IMarginModel PinnacleOverUnderMargin = MarginModels.For(MarginMethod.Shin);

    public static MarketInformedMatch For(FootballDataMatch match, ScoreMatrix model)
    {
        ArgumentNullException.ThrowIfNull(match);
        return new MarketInformedMatch(match.Match, model, Quotes(match));
    }

    /// <summary>The margin-free pre-closing prices alone: they depend on no forecast, so they can be worked out first.</summary>
    public static MarketQuotes Quotes(FootballDataMatch match)
    {
        ArgumentNullException.ThrowIfNull(match);
        var names = MarketForecasts.PreClosingNames;
        var matchOdds = new double[]?[names.Count];
        var overUnder = new double[]?[names.Count];
        for (var i = 0; i < names.Count; i++)
        {
            matchOdds[i] = MarketForecasts.MatchOdds(names[i], match);
            overUnder[i] = OverUnder25(names[i], match);
        }

        return new MarketQuotes(matchOdds, overUnder);
    }

    /// <summary>
    /// A source's over/under 2.5 input to the pool. Pinnacle's has its margin removed by Shin's method rather than
    /// proportionally (ADR 1106: the one of five pre-registered candidates that lowered the pooled O/U log loss, by
    /// less than its interval); the other sources, and the reference rows `evaluate` scores, stay proportional.
    /// </summary>
    public static double[]? OverUnder25(string market, FootballDataMatch match)
    {
        ArgumentNullException.ThrowIfNull(match);
        return market == MarketForecasts.Pinnacle
            ? match.PinnacleOverUnder25 is { } prices ? PinnacleOverUnderMargin.Remove([prices.Over, prices.Under]) : null
            : MarketForecasts.OverUnder25(market, match);
    }
}
