using System.Globalization;

namespace Statistico.Modelling.Markets;

/// <summary>Betfair market type codes (design section 4).</summary>
public static class MarketTypes
{
    /// <summary>1X2.</summary>
    public const string MatchOdds = "MATCH_ODDS";

    /// <summary>Two of the three 1X2 outcomes.</summary>
    public const string DoubleChance = "DOUBLE_CHANCE";

    /// <summary>Home or away, stakes returned on a draw.</summary>
    public const string DrawNoBet = "DRAW_NO_BET";

    /// <summary>Both sides score.</summary>
    public const string BothTeamsToScore = "BOTH_TEAMS_TO_SCORE";

    /// <summary>Exact final score.</summary>
    public const string CorrectScore = "CORRECT_SCORE";

    /// <summary>Asian handicap on goals.</summary>
    public const string AsianHandicap = "ASIAN_HANDICAP";

    /// <summary>One side's goals over/under a line (Statistico's own code).</summary>
    public const string TeamTotalGoals = "TEAM_TOTAL_GOALS";

    /// <summary>"OVER_UNDER_25" for a line of 2.5 goals.</summary>
    public static string OverUnder(double line) => "OVER_UNDER_" + LineCode(line);

    /// <summary>"OVER_UNDER_85_CORNR" for a line of 8.5 corners.</summary>
    public static string OverUnderCorners(double line) => OverUnder(line) + "_CORNR";

    /// <summary>"OVER_UNDER_45_CARDS" for a line of 4.5 cards.</summary>
    public static string OverUnderCards(double line) => OverUnder(line) + "_CARDS";

    private static string LineCode(double line)
    {
        var tenths = (int)Math.Round(line * 10);
        if (tenths % 10 != 5 || tenths < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(line), line, "Over/under lines are n + 0.5 goals.");
        }

        return tenths.ToString("00", CultureInfo.InvariantCulture);
    }
}
