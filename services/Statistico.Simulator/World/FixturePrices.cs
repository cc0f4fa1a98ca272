using Statistico.Modelling.Goals;

namespace Statistico.Simulator.World;

/// <summary>The world's decimal prices of one fixture's markets at one moment (MATCH_ODDS, OVER_UNDER_25, BOTH_TEAMS_TO_SCORE).</summary>
public sealed record FixturePrices(double Home, double Draw, double Away, double Over25, double Under25, double BothScore, double NotBothScore)
{
    /// <summary>Fair prices of every market from one score distribution, so the markets agree with each other.</summary>
    public static FixturePrices FromMatrix(ScoreMatrix matrix)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        var over = matrix.Probability((h, a) => h + a >= 3);
        var both = matrix.Probability((h, a) => h >= 1 && a >= 1);
        return new(1 / matrix.HomeWin, 1 / matrix.Draw, 1 / matrix.AwayWin, 1 / over, 1 / (1 - over), 1 / both, 1 / (1 - both));
    }

    /// <summary>Moves from <paramref name="from"/> to <paramref name="to"/> in probability (not price) space.</summary>
    public static FixturePrices Between(FixturePrices from, FixturePrices to, double fraction)
    {
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);
        double Mix(double a, double b) => 1 / ((1 / a) + (fraction * ((1 / b) - (1 / a))));
        return new(
            Mix(from.Home, to.Home), Mix(from.Draw, to.Draw), Mix(from.Away, to.Away), Mix(from.Over25, to.Over25),
            Mix(from.Under25, to.Under25), Mix(from.BothScore, to.BothScore), Mix(from.NotBothScore, to.NotBothScore));
    }
}
