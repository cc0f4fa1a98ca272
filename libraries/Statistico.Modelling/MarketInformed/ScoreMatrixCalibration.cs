using Statistico.Modelling.Goals;

namespace Statistico.Modelling.MarketInformed;

/// <summary>
/// Moves a score distribution the least (in Kullback–Leibler terms) so that its 1X2 and over/under 2.5 totals
/// become given ones, by iterative proportional fitting: alternately rescale the home/draw/away cells and the
/// over/under cells. Every other market (correct score, handicaps, other goal lines) is then derived from the
/// one adjusted matrix, so all markets of a fixture stay consistent with each other.
/// </summary>
public static class ScoreMatrixCalibration
{
    private const int MaxSweeps = 200;
    private const double Tolerance = 1e-12;

    /// <summary>The calibrated matrix; <paramref name="over25"/> null keeps the over/under shape of <paramref name="scores"/>.</summary>
    public static ScoreMatrix Calibrate(ScoreMatrix scores, IReadOnlyList<double> matchOdds, double? over25)
    {
        ArgumentNullException.ThrowIfNull(scores);
        ArgumentNullException.ThrowIfNull(matchOdds);
        var size = scores.MaxGoals + 1;
        var cells = new double[size * size];
        for (var h = 0; h < size; h++)
        {
            for (var a = 0; a < size; a++)
            {
                // A cell the goal model gives no mass cannot be reached by rescaling; a tiny floor keeps every target reachable.
                cells[(h * size) + a] = Math.Max(scores[h, a], 1e-15);
            }
        }

        Span<double> target = [matchOdds[0], matchOdds[1], matchOdds[2]];
        var sum = target[0] + target[1] + target[2];
        for (var k = 0; k < 3; k++)
        {
            target[k] /= sum;
        }

        // Every rescaling multiplies all the cells of one 1X2 outcome, or of one goal-line side, by one factor, so the
        // fitting only ever needs the six totals of the (outcome, side) groups: it runs on those and scales each cell
        // by its group's accumulated factor once at the end. The same fixed point as rescaling the 121 cells every
        // sweep (ADR 1103), at a twentieth of the work; the walk-forward calibrates every predicted match.
        Span<double> groups = stackalloc double[6];
        groups.Clear();
        for (var h = 0; h < size; h++)
        {
            for (var a = 0; a < size; a++)
            {
                groups[Group(h, a)] += cells[(h * size) + a];
            }
        }

        Span<double> scale = stackalloc double[6];
        scale.Fill(1);
        for (var sweep = 0; sweep < MaxSweeps; sweep++)
        {
            for (var k = 0; k < 3; k++)
            {
                var factor = target[k] / (groups[2 * k] + groups[(2 * k) + 1]);
                Multiply(groups, scale, 2 * k, factor);
                Multiply(groups, scale, (2 * k) + 1, factor);
            }

            if (over25 is not { } over)
            {
                break;
            }

            var overFactor = over / (groups[0] + groups[2] + groups[4]);
            var underFactor = (1 - over) / (groups[1] + groups[3] + groups[5]);
            for (var k = 0; k < 3; k++)
            {
                Multiply(groups, scale, 2 * k, overFactor);
                Multiply(groups, scale, (2 * k) + 1, underFactor);
            }

            var error = 0.0;
            for (var k = 0; k < 3; k++)
            {
                error = Math.Max(error, Math.Abs(groups[2 * k] + groups[(2 * k) + 1] - target[k]));
            }

            if (error < Tolerance)
            {
                break;
            }
        }

        for (var h = 0; h < size; h++)
        {
            for (var a = 0; a < size; a++)
            {
                cells[(h * size) + a] *= scale[Group(h, a)];
            }
        }

        return ScoreMatrix.FromWeightCells(scores.MaxGoals, cells);
    }

    // A cell's (1X2 outcome, goal-line side) group: 2·outcome, plus one for 2 goals or fewer.
    private static int Group(int h, int a) => (Outcome(h, a) * 2) + (h + a > 2 ? 0 : 1);

    private static void Multiply(Span<double> groups, Span<double> scale, int group, double factor)
    {
        // An empty group (a matrix too small to hold, say, a draw with over 2.5 goals) has no cell to scale; its
        // total stays zero rather than becoming 0·∞.
        if (groups[group] == 0)
        {
            return;
        }

        groups[group] *= factor;
        scale[group] *= factor;
    }

    private static int Outcome(int h, int a) => h > a ? 0 : h == a ? 1 : 2;
}
