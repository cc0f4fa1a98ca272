namespace Statistico.Modelling.Markets;

/// <summary>Selection names used by the market codes (design section 4).</summary>
public static class SelectionNames
{
    /// <summary>Home team.</summary>
    public const string Home = "HOME";

    /// <summary>Draw.</summary>
    public const string Draw = "DRAW";

    /// <summary>Away team.</summary>
    public const string Away = "AWAY";

    /// <summary>Double chance home or draw.</summary>
    public const string HomeDraw = "HOME_DRAW";

    /// <summary>Double chance home or away.</summary>
    public const string HomeAway = "HOME_AWAY";

    /// <summary>Double chance draw or away.</summary>
    public const string DrawAway = "DRAW_AWAY";

    /// <summary>Over the line.</summary>
    public const string Over = "OVER";

    /// <summary>Under the line.</summary>
    public const string Under = "UNDER";

    /// <summary>Both teams score.</summary>
    public const string Yes = "YES";

    /// <summary>Not both teams score.</summary>
    public const string No = "NO";

    /// <summary>Home win by a score not listed.</summary>
    public const string AnyOtherHome = "ANY_OTHER_HOME";

    /// <summary>Away win by a score not listed.</summary>
    public const string AnyOtherAway = "ANY_OTHER_AWAY";

    /// <summary>Draw with a score not listed.</summary>
    public const string AnyOtherDraw = "ANY_OTHER_DRAW";

    /// <summary>Home team's goals over the line.</summary>
    public const string HomeOver = "HOME_OVER";

    /// <summary>Home team's goals under the line.</summary>
    public const string HomeUnder = "HOME_UNDER";

    /// <summary>Away team's goals over the line.</summary>
    public const string AwayOver = "AWAY_OVER";

    /// <summary>Away team's goals under the line.</summary>
    public const string AwayUnder = "AWAY_UNDER";
}
