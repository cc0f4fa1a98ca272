namespace Statistico.Modelling.Goals;

/// <summary>
/// Joint probabilities of every final score from 0-0 up to <see cref="MaxGoals"/> goals a side,
/// normalised to sum to one (the mass beyond the cap is negligible at the default cap of 10 and
/// is folded in by the normalisation). Every market of a fixture is derived from one matrix.
/// </summary>
public sealed class ScoreMatrix
{
    /// <summary>The default cap: P(a side scores more than 10) is below 1e-6 for realistic means.</summary>
    public const int DefaultMaxGoals = 10;

    private readonly double[] _cells;

    private ScoreMatrix(double[] cells, int maxGoals)
    {
        _cells = cells;
        MaxGoals = maxGoals;
        double home = 0, draw = 0, away = 0;
        for (var h = 0; h <= maxGoals; h++)
        {
            for (var a = 0; a <= maxGoals; a++)
            {
                var p = cells[(h * (maxGoals + 1)) + a];
                if (h > a)
                {
                    home += p;
                }
                else if (h == a)
                {
                    draw += p;
                }
                else
                {
                    away += p;
                }
            }
        }

        HomeWin = home;
        Draw = draw;
        AwayWin = away;
    }

    /// <summary>Largest number of goals a side can have in this matrix.</summary>
    public int MaxGoals { get; }

    /// <summary>P(home goals &gt; away goals).</summary>
    public double HomeWin { get; }

    /// <summary>P(home goals = away goals).</summary>
    public double Draw { get; }

    /// <summary>P(home goals &lt; away goals).</summary>
    public double AwayWin { get; }

    /// <summary>P(final score is exactly home-away); zero beyond the cap.</summary>
    public double this[int homeGoals, int awayGoals] =>
        homeGoals < 0 || awayGoals < 0 || homeGoals > MaxGoals || awayGoals > MaxGoals
            ? 0
            : _cells[(homeGoals * (MaxGoals + 1)) + awayGoals];

    /// <summary>Builds a matrix from unnormalised non-negative weights.</summary>
    public static ScoreMatrix FromWeights(int maxGoals, Func<int, int, double> weight)
    {
        ArgumentNullException.ThrowIfNull(weight);
        ArgumentOutOfRangeException.ThrowIfNegative(maxGoals);
        var size = maxGoals + 1;
        var cells = new double[size * size];
        var total = 0.0;
        for (var h = 0; h < size; h++)
        {
            for (var a = 0; a < size; a++)
            {
                var w = weight(h, a);
                if (w < 0 || double.IsNaN(w))
                {
                    throw new ArgumentException($"Weight of {h}-{a} is {w}; weights must be non-negative.", nameof(weight));
                }

                cells[(h * size) + a] = w;
                total += w;
            }
        }

        if (total <= 0)
        {
            throw new ArgumentException("Weights sum to zero.", nameof(weight));
        }

        for (var i = 0; i < cells.Length; i++)
        {
            cells[i] /= total;
        }

        return new ScoreMatrix(cells, maxGoals);
    }

    /// <summary>
    /// <see cref="FromWeights"/> on weights already laid out as cells (row-major, home goals by away goals), normalised
    /// in place and kept: the same matrix, summed in the same order, without a delegate call a cell and a second array
    /// (the market-informed walk-forward calibrates every predicted match, issue 21).
    /// </summary>
    internal static ScoreMatrix FromWeightCells(int maxGoals, double[] cells)
    {
        var size = maxGoals + 1;
        if (cells.Length != size * size)
        {
            throw new ArgumentException($"Expected {size * size} cells, got {cells.Length}.", nameof(cells));
        }

        var total = 0.0;
        for (var i = 0; i < cells.Length; i++)
        {
            var w = cells[i];
            if (w < 0 || double.IsNaN(w))
            {
                throw new ArgumentException($"Weight of {i / size}-{i % size} is {w}; weights must be non-negative.", nameof(cells));
            }

            total += w;
        }

        if (total <= 0)
        {
            throw new ArgumentException("Weights sum to zero.", nameof(cells));
        }

        for (var i = 0; i < cells.Length; i++)
        {
            cells[i] /= total;
        }

        return new ScoreMatrix(cells, maxGoals);
    }

    /// <summary>Independent Poisson goals with the given means.</summary>
    public static ScoreMatrix IndependentPoisson(double homeMean, double awayMean, int maxGoals = DefaultMaxGoals)
    {
        var home = Poisson.Probabilities(homeMean, maxGoals);
        var away = Poisson.Probabilities(awayMean, maxGoals);
        return FromWeights(maxGoals, (h, a) => home[h] * away[a]);
    }

    /// <summary>Probability of every score for which <paramref name="predicate"/> is true.</summary>
    public double Probability(Func<int, int, bool> predicate)
    {
        ArgumentNullException.ThrowIfNull(predicate);
        var sum = 0.0;
        for (var h = 0; h <= MaxGoals; h++)
        {
            for (var a = 0; a <= MaxGoals; a++)
            {
                if (predicate(h, a))
                {
                    sum += _cells[(h * (MaxGoals + 1)) + a];
                }
            }
        }

        return sum;
    }

    /// <summary>Expected home goals.</summary>
    public double ExpectedHomeGoals => Expectation((h, _) => h);

    /// <summary>Expected away goals.</summary>
    public double ExpectedAwayGoals => Expectation((_, a) => a);

    /// <summary>Expectation of any function of the score.</summary>
    public double Expectation(Func<int, int, double> value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var sum = 0.0;
        for (var h = 0; h <= MaxGoals; h++)
        {
            for (var a = 0; a <= MaxGoals; a++)
            {
                sum += _cells[(h * (MaxGoals + 1)) + a] * value(h, a);
            }
        }

        return sum;
    }

    /// <summary>
    /// The same matrix with home-win, draw and away-win cells each rescaled so the 1X2 totals
    /// become the given ones (the closest matrix in Kullback–Leibler terms); used to carry a
    /// better 1X2 forecast into every other market while keeping the scorelines' shape.
    /// </summary>
    public ScoreMatrix WithMatchOdds(double homeWin, double draw, double awayWin)
    {
        var total = homeWin + draw + awayWin;
        double home = homeWin / total / HomeWin, level = draw / total / Draw, away = awayWin / total / AwayWin;
        var cells = new double[_cells.Length];
        for (var h = 0; h <= MaxGoals; h++)
        {
            for (var a = 0; a <= MaxGoals; a++)
            {
                var i = (h * (MaxGoals + 1)) + a;
                cells[i] = _cells[i] * (h > a ? home : h == a ? level : away);
            }
        }

        return new ScoreMatrix(cells, MaxGoals);
    }

    /// <summary>P(home − away = d) for d = −MaxGoals..MaxGoals, indexed by d + MaxGoals.</summary>
    public double[] GoalDifferenceDistribution()
    {
        var result = new double[(2 * MaxGoals) + 1];
        for (var h = 0; h <= MaxGoals; h++)
        {
            for (var a = 0; a <= MaxGoals; a++)
            {
                result[h - a + MaxGoals] += _cells[(h * (MaxGoals + 1)) + a];
            }
        }

        return result;
    }
}
