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

        Span<double> totals = stackalloc double[3];
        Span<double> goalTotals = stackalloc double[2];
        for (var sweep = 0; sweep < MaxSweeps; sweep++)
        {
            Totals(cells, size, totals, goalTotals);
            Rescale(cells, size, (h, a) => Outcome(h, a), [target[0] / totals[0], target[1] / totals[1], target[2] / totals[2]]);
            if (over25 is not { } over)
            {
                break;
            }

            Totals(cells, size, totals, goalTotals);
            Rescale(cells, size, (h, a) => h + a > 2 ? 0 : 1, [over / goalTotals[0], (1 - over) / goalTotals[1]]);
            Totals(cells, size, totals, goalTotals);
            var error = Math.Max(Math.Abs(totals[0] - target[0]), Math.Max(Math.Abs(totals[1] - target[1]), Math.Abs(totals[2] - target[2])));
            if (error < Tolerance)
            {
                break;
            }
        }

        return ScoreMatrix.FromWeights(scores.MaxGoals, (h, a) => cells[(h * size) + a]);
    }

    private static int Outcome(int h, int a) => h > a ? 0 : h == a ? 1 : 2;

    private static void Totals(double[] cells, int size, Span<double> outcomes, Span<double> goals)
    {
        outcomes.Clear();
        goals.Clear();
        for (var h = 0; h < size; h++)
        {
            for (var a = 0; a < size; a++)
            {
                var p = cells[(h * size) + a];
                outcomes[Outcome(h, a)] += p;
                goals[h + a > 2 ? 0 : 1] += p;
            }
        }
    }

    private static void Rescale(double[] cells, int size, Func<int, int, int> group, double[] factors)
    {
        for (var h = 0; h < size; h++)
        {
            for (var a = 0; a < size; a++)
            {
                cells[(h * size) + a] *= factors[group(h, a)];
            }
        }
    }
}
