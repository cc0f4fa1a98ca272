using Statistico.FootballDataFiles;
using Statistico.Modelling.Pricing;

namespace Statistico.Cli.Evaluate;

/// <summary>
/// Bookmaker prices turned into forecasts with the margin removed proportionally (multiplicative: each implied
/// probability divided by their sum), the convention behind the published 0.1981 closing-line RPS the protocol is
/// checked against. The same method is applied to the best-of-market prices, whose implied probabilities usually
/// sum to less than one: normalising them still gives the shape the best prices imply.
/// </summary>
public static class MarketForecasts
{
    /// <summary>Report name of the Pinnacle closing line.</summary>
    public const string PinnacleClosing = "pinnacle-closing";

    /// <summary>Report name of Pinnacle's pre-closing prices (PSH/PSD/PSA, P&gt;2.5/P&lt;2.5), collected days before kick-off.</summary>
    public const string Pinnacle = "pinnacle";

    /// <summary>Report name of Bet365's pre-closing prices.</summary>
    public const string Bet365 = "bet365";

    /// <summary>Report name of the average of all bookmakers' pre-closing prices (Avg*, BbAv* before 2019/20).</summary>
    public const string MarketAverage = "market-average";

    /// <summary>Report name of the best of all bookmakers' pre-closing prices (Max*, BbMx* before 2019/20).</summary>
    public const string MarketBest = "market-best";

    /// <summary>The 1X2 market rows, in report order.</summary>
    public static IReadOnlyList<string> MatchOddsNames { get; } = [PinnacleClosing, Pinnacle, MarketAverage, MarketBest, Bet365];

    /// <summary>The over/under 2.5 market rows, in report order.</summary>
    public static IReadOnlyList<string> OverUnderNames { get; } = [PinnacleClosing, Pinnacle, MarketAverage, MarketBest, Bet365];

    /// <summary>
    /// The pre-closing sources the market-informed model may combine, lead market first. Never a closing price:
    /// those are set after the decision time.
    /// </summary>
    public static IReadOnlyList<string> PreClosingNames { get; } = [Pinnacle, MarketAverage, MarketBest, Bet365];

    private static readonly IMarginModel Margin = MarginModels.For(MarginMethod.Multiplicative);

    /// <summary>HOME/DRAW/AWAY probabilities from the named market, or null when it has no price.</summary>
    public static double[]? MatchOdds(string market, FootballDataMatch match)
    {
        ArgumentNullException.ThrowIfNull(match);
        var prices = market switch
        {
            // A handful of matches lack the closing price; the Friday/Tuesday price is the next best.
            PinnacleClosing => match.PinnacleClosing ?? match.Pinnacle,
            Pinnacle => match.Pinnacle,
            MarketAverage => match.AverageMatchOdds,
            MarketBest => match.BestMatchOdds,
            Bet365 => match.Bet365,
            _ => throw new ArgumentOutOfRangeException(nameof(market), market, "not a 1X2 market row"),
        };
        return prices is null ? null : Margin.Remove(prices.ToArray());
    }

    /// <summary>OVER/UNDER 2.5 probabilities from the named market, or null when it has no price.</summary>
    public static double[]? OverUnder25(string market, FootballDataMatch match)
    {
        ArgumentNullException.ThrowIfNull(match);
        var prices = market switch
        {
            PinnacleClosing => match.PinnacleClosingOverUnder25 ?? match.PinnacleOverUnder25,
            Pinnacle => match.PinnacleOverUnder25,
            MarketAverage => match.AverageOverUnder25,
            MarketBest => match.BestOverUnder25,
            Bet365 => match.Bet365OverUnder25,
            _ => throw new ArgumentOutOfRangeException(nameof(market), market, "not an over/under market row"),
        };
        return prices is null ? null : Margin.Remove(prices.ToArray());
    }

    /// <summary>OVER/UNDER 2.5 probabilities from Pinnacle's closing (else pre-closing) line, or null.</summary>
    public static double[]? PinnacleOverUnder25(FootballDataMatch match) => OverUnder25(PinnacleClosing, match);
}
