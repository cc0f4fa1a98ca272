using Statistico.Modelling.Goals;

namespace Statistico.Modelling.Markets;

/// <summary>OVER_UNDER_05 … OVER_UNDER_65: total goals over or under n + 0.5.</summary>
public static class OverUnderMarket
{
    /// <summary>The goal lines Betfair lists.</summary>
    public static IReadOnlyList<double> StandardLines { get; } = [0.5, 1.5, 2.5, 3.5, 4.5, 5.5, 6.5];

    /// <summary>Fair over/under on total goals at <paramref name="line"/>.</summary>
    public static MarketPrice Price(ScoreMatrix matrix, double line)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        var marketType = MarketTypes.OverUnder(line);
        var over = matrix.Probability((h, a) => h + a > line);
        return new MarketPrice(marketType, line,
        [
            new SelectionPrice(SelectionNames.Under, Settlement.WinOrLose(1 - over), line),
            new SelectionPrice(SelectionNames.Over, Settlement.WinOrLose(over), line),
        ]);
    }
}
