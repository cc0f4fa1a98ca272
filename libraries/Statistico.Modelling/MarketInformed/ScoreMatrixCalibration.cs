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

        var target = new[] { matchOdds[0], matchOdds[1], matchOdds[2] };
        var sum = target.Sum();
        for (var k = 0; k < 3; k++)
        {
            target[k] /= sum;
        }

        // Each cell's 1X2 outcome (0 home, 1 draw, 2 away) and goal-line side (0 over 2.5, 1 under), looked up
        // rather than recomputed through delegates: the walk-forward calibrates every predicted match.
        var outcomeOf = new int[size * size];
        var sideOf = new int[size * size];
        for (var h = 0; h < size; h++)
        {
            for (var a = 0; a < size; a++)
            {
                outcomeOf[(h * size) + a] = Outcome(h, a);
                sideOf[(h * size) + a] = h + a > 2 ? 0 : 1;
            }
        }

        Span<double> totals = stackalloc double[3];
        Span<double> goalTotals = stackalloc double[2];
        Span<double> factors = stackalloc double[3];
        for (var sweep = 0; sweep < MaxSweeps; sweep++)
        {
            Totals(cells, outcomeOf, sideOf, totals, goalTotals);
            factors[0] = target[0] / totals[0];
            factors[1] = target[1] / totals[1];
            factors[2] = target[2] / totals[2];
            Rescale(cells, outcomeOf, factors);
            if (over25 is not { } over)
            {
                break;
            }

            Totals(cells, outcomeOf, sideOf, totals, goalTotals);
            factors[0] = over / goalTotals[0];
            factors[1] = (1 - over) / goalTotals[1];
            Rescale(cells, sideOf, factors);
            Totals(cells, outcomeOf, sideOf, totals, goalTotals);
            var error = Math.Max(Math.Abs(totals[0] - target[0]), Math.Max(Math.Abs(totals[1] - target[1]), Math.Abs(totals[2] - target[2])));
            if (error < Tolerance)
            {
                break;
            }
        }

        return ScoreMatrix.FromWeights(scores.MaxGoals, (h, a) => cells[(h * size) + a]);
    }

    private static int Outcome(int h, int a) => h > a ? 0 : h == a ? 1 : 2;

    // Cells are summed in the same row-major order as before the lookup tables, so the totals are bit-identical.
    private static void Totals(double[] cells, int[] outcomeOf, int[] sideOf, Span<double> outcomes, Span<double> goals)
    {
        outcomes.Clear();
        goals.Clear();
        for (var i = 0; i < cells.Length; i++)
        {
            var p = cells[i];
            outcomes[outcomeOf[i]] += p;
            goals[sideOf[i]] += p;
        }
    }

    private static void Rescale(double[] cells, int[] groupOf, ReadOnlySpan<double> factors)
    {
        for (var i = 0; i < cells.Length; i++)
        {
            cells[i] *= factors[groupOf[i]];
        }
    }
}
