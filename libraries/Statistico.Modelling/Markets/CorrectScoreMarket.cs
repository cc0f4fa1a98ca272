using System.Globalization;
using Statistico.Modelling.Goals;

namespace Statistico.Modelling.Markets;

/// <summary>
/// CORRECT_SCORE: every score up to <c>listedGoals</c> a side ("0-0" … "3-3" on Betfair) plus
/// ANY_OTHER_HOME / ANY_OTHER_AWAY / ANY_OTHER_DRAW for the unlisted wins and draws.
/// </summary>
public static class CorrectScoreMarket
{
    /// <summary>Betfair lists scores up to three goals a side.</summary>
    public const int BetfairListedGoals = 3;

    /// <summary>The selection name of a score, e.g. "2-1".</summary>
    public static string ScoreName(int homeGoals, int awayGoals) =>
        string.Create(CultureInfo.InvariantCulture, $"{homeGoals}-{awayGoals}");

    /// <summary>Fair correct-score prices.</summary>
    public static MarketPrice Price(ScoreMatrix matrix, int listedGoals = BetfairListedGoals)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        ArgumentOutOfRangeException.ThrowIfNegative(listedGoals);
        var selections = new List<SelectionPrice>();
        double listedHome = 0, listedDraw = 0, listedAway = 0;
        for (var h = 0; h <= listedGoals; h++)
        {
            for (var a = 0; a <= listedGoals; a++)
            {
                var p = matrix[h, a];
                selections.Add(new SelectionPrice(ScoreName(h, a), Settlement.WinOrLose(p)));
                if (h > a)
                {
                    listedHome += p;
                }
                else if (h == a)
                {
                    listedDraw += p;
                }
                else
                {
                    listedAway += p;
                }
            }
        }

        // Subtracting from the 1X2 totals keeps the three "any other" selections exact however
        // far the matrix extends.
        selections.Add(new SelectionPrice(SelectionNames.AnyOtherHome, Settlement.WinOrLose(Math.Max(0, matrix.HomeWin - listedHome))));
        selections.Add(new SelectionPrice(SelectionNames.AnyOtherAway, Settlement.WinOrLose(Math.Max(0, matrix.AwayWin - listedAway))));
        selections.Add(new SelectionPrice(SelectionNames.AnyOtherDraw, Settlement.WinOrLose(Math.Max(0, matrix.Draw - listedDraw))));
        return new MarketPrice(MarketTypes.CorrectScore, null, selections);
    }
}
