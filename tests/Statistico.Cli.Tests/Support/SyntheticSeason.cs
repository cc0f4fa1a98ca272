using System.Globalization;
using Statistico.Testing;

namespace Statistico.Cli.Tests.Support;

/// <summary>
/// A football-data.co.uk-style season file for a small invented league: a double round robin, one
/// round a week from August, random scores and roughly fair odds, for command tests that need
/// realistic files but not real data.
/// </summary>
internal static class SyntheticSeason
{
    public const string Header = "Div,Date,HomeTeam,AwayTeam,FTHG,FTAG,FTR,HST,AST,HC,AC,B365H,B365D,B365A,PSH,PSD,PSA,PSCH,PSCD,PSCA,AvgH,AvgD,AvgA,MaxH,MaxD,MaxA";

    public static List<string> Lines(int startYear, int teams, int seed, string dateFormat = "dd/MM/yyyy")
    {
        // Logged, and replaced by STATISTICO_TEST_SEED when set, like every test's seed.
        var random = new Random(TestSeed.Fixed(seed));
        var lines = new List<string> { Header };
        var date = new DateOnly(startYear, 8, 10);
        var round = 0;
        for (var h = 0; h < teams; h++)
        {
            for (var a = 0; a < teams; a++)
            {
                if (h == a)
                {
                    continue;
                }

                int homeGoals = Goals(random, 1.5), awayGoals = Goals(random, 1.1);
                var result = homeGoals > awayGoals ? "H" : homeGoals == awayGoals ? "D" : "A";
                lines.Add(string.Create(
                    CultureInfo.InvariantCulture,
                    $"X1,{date.ToString(dateFormat, CultureInfo.InvariantCulture)},Team {h},Team {a},{homeGoals},{awayGoals},{result},{homeGoals + 3},{awayGoals + 2},5,4,2.3,3.4,3.3,2.35,3.45,3.35,2.3,3.5,3.4,2.28,3.38,3.28,2.4,3.55,3.45"));
                if (++round % (teams / 2) == 0)
                {
                    date = date.AddDays(7);
                }
            }
        }

        return lines;
    }

    /// <summary>Knuth's Poisson sampler: plenty for test data.</summary>
    private static int Goals(Random random, double mean)
    {
        var limit = Math.Exp(-mean);
        var product = random.NextDouble();
        var goals = 0;
        while (product > limit)
        {
            goals++;
            product *= random.NextDouble();
        }

        return goals;
    }
}
