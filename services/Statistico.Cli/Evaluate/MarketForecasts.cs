using Statistico.FootballDataFiles;
using Statistico.Modelling.Pricing;

namespace Statistico.Cli.Evaluate;

/// <summary>
/// Bookmaker prices turned into forecasts with the margin removed proportionally (multiplicative),
/// the convention behind the published 0.1981 closing-line RPS the protocol is checked against.
/// </summary>
public static class MarketForecasts
{
    /// <summary>Report name of the Pinnacle closing line.</summary>
    public const string PinnacleClosing = "pinnacle-closing";

    /// <summary>Report name of Bet365's pre-closing prices.</summary>
    public const string Bet365 = "bet365";

    /// <summary>The 1X2 market rows, in report order.</summary>
    public static IReadOnlyList<string> MatchOddsNames { get; } = [PinnacleClosing, Bet365];

    private static readonly IMarginModel Margin = MarginModels.For(MarginMethod.Multiplicative);

    /// <summary>HOME/DRAW/AWAY probabilities from the named market, or null when it has no price.</summary>
    public static double[]? MatchOdds(string market, FootballDataMatch match)
    {
        ArgumentNullException.ThrowIfNull(match);
        var prices = market switch
        {
            // A handful of matches lack the closing price; the Friday/Tuesday price is the next best.
            PinnacleClosing => match.PinnacleClosing ?? match.Pinnacle,
            Bet365 => match.Bet365,
            _ => throw new ArgumentOutOfRangeException(nameof(market), market, "not a 1X2 market row"),
        };
        return prices is null ? null : Margin.Remove(prices.ToArray());
    }

    /// <summary>OVER/UNDER 2.5 probabilities from Pinnacle's closing (else pre-closing) line, or null.</summary>
    public static double[]? PinnacleOverUnder25(FootballDataMatch match)
    {
        ArgumentNullException.ThrowIfNull(match);
        var prices = match.PinnacleClosingOverUnder25 ?? match.PinnacleOverUnder25;
        return prices is null ? null : Margin.Remove(prices.ToArray());
    }
}
