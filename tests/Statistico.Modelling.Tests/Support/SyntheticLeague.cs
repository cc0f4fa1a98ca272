using Statistico.Modelling.Goals;

namespace Statistico.Modelling.Tests.Support;

/// <summary>Draws matches from a known Dixon–Coles model so fitting can be checked against the truth.</summary>
internal sealed class SyntheticLeague
{
    public SyntheticLeague(int teams, double intercept, double homeAdvantage, double rho, int seed)
    {
        var random = new Random(seed);
        Names = [.. Enumerable.Range(0, teams).Select(i => $"Team{i:00}")];
        Attack = Centre([.. Enumerable.Range(0, teams).Select(_ => (random.NextDouble() - 0.5) * 0.8)]);
        Defence = Centre([.. Enumerable.Range(0, teams).Select(_ => (random.NextDouble() - 0.5) * 0.8)]);
        Intercept = intercept;
        HomeAdvantage = homeAdvantage;
        Rho = rho;
    }

    public string[] Names { get; }

    public double[] Attack { get; }

    public double[] Defence { get; }

    public double Intercept { get; }

    public double HomeAdvantage { get; }

    public double Rho { get; }

    public ScoreMatrix Matrix(int home, int away) => DixonColesCorrection.Matrix(
        Math.Exp(Intercept + HomeAdvantage + Attack[home] - Defence[away]),
        Math.Exp(Intercept + Attack[away] - Defence[home]),
        Rho);

    /// <summary>Double round robins, one per season, one round a week from <paramref name="start"/>.</summary>
    public List<MatchRecord> Play(int seasons, DateOnly start, int seed)
    {
        var random = new Random(seed);
        var matches = new List<MatchRecord>();
        var date = start;
        for (var s = 0; s < seasons; s++)
        {
            for (var h = 0; h < Names.Length; h++)
            {
                for (var a = 0; a < Names.Length; a++)
                {
                    if (h == a)
                    {
                        continue;
                    }

                    var (x, y) = Sample(Matrix(h, a), random);
                    matches.Add(new MatchRecord(date, Names[h], Names[a], x, y));
                    date = date.AddDays(matches.Count % 10 == 0 ? 7 : 0);
                }
            }
        }

        return matches;
    }

    private static (int Home, int Away) Sample(ScoreMatrix matrix, Random random)
    {
        var u = random.NextDouble();
        for (var h = 0; h <= matrix.MaxGoals; h++)
        {
            for (var a = 0; a <= matrix.MaxGoals; a++)
            {
                u -= matrix[h, a];
                if (u <= 0)
                {
                    return (h, a);
                }
            }
        }

        return (matrix.MaxGoals, matrix.MaxGoals);
    }

    private static double[] Centre(double[] values)
    {
        var mean = values.Average();
        return [.. values.Select(v => v - mean)];
    }
}
