using Statistico.Modelling.Pricing;

namespace Statistico.Modelling.Metrics;

/// <summary>
/// Closing-line value: how much better the odds taken were than the market's fair closing price.
/// Positive CLV over many bets is the most reliable early sign of an edge.
/// </summary>
public static class ClosingLineValue
{
    /// <summary>Taken odds × fair closing probability − 1 (the bet's EV if the close is the truth).</summary>
    public static double Of(double takenOdds, double closingFairProbability) =>
        (takenOdds * closingFairProbability) - 1;

    /// <summary>CLV of a bet on selection <paramref name="selection"/> against a closing book, margin removed by <paramref name="method"/>.</summary>
    public static double Of(double takenOdds, IReadOnlyList<double> closingOdds, int selection, MarginMethod method = MarginMethod.Multiplicative)
    {
        var fair = MarginModels.For(method).Remove(closingOdds);
        return Of(takenOdds, fair[selection]);
    }
}
