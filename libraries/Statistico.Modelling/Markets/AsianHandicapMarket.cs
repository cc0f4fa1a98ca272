using Statistico.Modelling.Goals;

namespace Statistico.Modelling.Markets;

/// <summary>
/// ASIAN_HANDICAP at a home handicap in steps of 0.25. Whole lines push when the adjusted margin
/// is zero; half lines cannot push; a quarter line is settled as two half-stakes on the
/// neighbouring lines (−0.75 = half on −0.5, half on −1), so it can half-win or half-lose.
/// </summary>
public static class AsianHandicapMarket
{
    /// <summary>Home handicaps from −3 to +3 in quarter-goal steps.</summary>
    public static IReadOnlyList<double> StandardLines { get; } =
        [.. Enumerable.Range(-12, 25).Select(q => q / 4.0)];

    /// <summary>Fair prices at home handicap <paramref name="homeHandicap"/>; AWAY carries −homeHandicap.</summary>
    public static MarketPrice Price(ScoreMatrix matrix, double homeHandicap)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        var quarters = homeHandicap * 4;
        if (Math.Abs(quarters - Math.Round(quarters)) > 1e-9)
        {
            throw new ArgumentOutOfRangeException(nameof(homeHandicap), homeHandicap, "Asian handicaps are multiples of 0.25.");
        }

        var differences = matrix.GoalDifferenceDistribution();
        var home = new double[5];
        for (var i = 0; i < differences.Length; i++)
        {
            var goalDifference = i - matrix.MaxGoals;
            home[Bucket(HomeResult(goalDifference, homeHandicap))] += differences[i];
        }

        var homeSettlement = new Settlement(home[0], home[1], home[2], home[3], home[4]);
        var awaySettlement = new Settlement(home[4], home[3], home[2], home[1], home[0]);
        return new MarketPrice(MarketTypes.AsianHandicap, homeHandicap,
        [
            new SelectionPrice(SelectionNames.Home, homeSettlement, homeHandicap),
            new SelectionPrice(SelectionNames.Away, awaySettlement, -homeHandicap),
        ]);
    }

    /// <summary>
    /// Profit per unit stake on the home side, in units of the win: 1 win, ½ half-win, 0 push,
    /// −½ half-loss, −1 loss.
    /// </summary>
    public static double HomeResult(int goalDifference, double homeHandicap)
    {
        var isQuarterLine = Math.Abs(Math.Round(homeHandicap * 4)) % 2 == 1;
        return isQuarterLine
            ? (Math.Sign(goalDifference + homeHandicap - 0.25) + Math.Sign(goalDifference + homeHandicap + 0.25)) / 2.0
            : Math.Sign(goalDifference + homeHandicap);
    }

    private static int Bucket(double result) => result switch
    {
        1 => 0,
        0.5 => 1,
        0 => 2,
        -0.5 => 3,
        _ => 4,
    };
}
