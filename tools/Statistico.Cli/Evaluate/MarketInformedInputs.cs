using Statistico.FootballDataFiles;
using Statistico.Modelling.Goals;
using Statistico.Modelling.MarketInformed;

namespace Statistico.Cli.Evaluate;

/// <summary>
/// What the market-informed model is given for a football-data row: the stats model's out-of-sample forecast and
/// the pre-closing prices of <see cref="MarketForecasts.PreClosingNames"/>, margins removed per bookmaker. The
/// closing columns are never read here, so the model cannot see a price set after the decision time.
/// </summary>
public static class MarketInformedInputs
{
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
            overUnder[i] = MarketForecasts.OverUnder25(names[i], match);
        }

        return new MarketQuotes(matchOdds, overUnder);
    }
}
