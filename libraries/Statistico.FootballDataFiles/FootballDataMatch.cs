using Statistico.Modelling.Goals;

namespace Statistico.FootballDataFiles;

/// <summary>
/// One row of a football-data.co.uk file: the match as the models see it, plus the bookmaker
/// prices the evaluation compares against. Prices are null when the cells are empty.
/// </summary>
/// <param name="League">League code (the folder name, e.g. "E0").</param>
/// <param name="Season">Season of the file the row came from.</param>
/// <param name="Match">Date, teams, score and match statistics.</param>
public sealed record FootballDataMatch(string League, SeasonName Season, MatchRecord Match)
{
    /// <summary>1-based line of the row in its file (for reporting a row that could not be used).</summary>
    public int? Line { get; init; }

    /// <summary>Pinnacle closing 1X2 (PSCH/PSCD/PSCA).</summary>
    public MatchOddsPrices? PinnacleClosing { get; init; }

    /// <summary>Pinnacle pre-closing 1X2 (PSH/PSD/PSA), collected days before kick-off.</summary>
    public MatchOddsPrices? Pinnacle { get; init; }

    /// <summary>Bet365 1X2 (B365H/B365D/B365A).</summary>
    public MatchOddsPrices? Bet365 { get; init; }

    /// <summary>Pinnacle closing over/under 2.5 (PC&gt;2.5/PC&lt;2.5), from 2019/20 only.</summary>
    public OverUnderPrices? PinnacleClosingOverUnder25 { get; init; }

    /// <summary>Pinnacle pre-closing over/under 2.5 (P&gt;2.5/P&lt;2.5), from 2019/20 only.</summary>
    public OverUnderPrices? PinnacleOverUnder25 { get; init; }

    /// <summary>Bet365 pre-closing over/under 2.5 (B365&gt;2.5/B365&lt;2.5), from 2019/20 only.</summary>
    public OverUnderPrices? Bet365OverUnder25 { get; init; }

    /// <summary>Average of all bookmakers' pre-closing 1X2 prices (AvgH/D/A; BbAvH/D/A before 2019/20).</summary>
    public MatchOddsPrices? AverageMatchOdds { get; init; }

    /// <summary>Best (highest) pre-closing 1X2 price of all bookmakers (MaxH/D/A; BbMxH/D/A before 2019/20).</summary>
    public MatchOddsPrices? BestMatchOdds { get; init; }

    /// <summary>Average pre-closing over/under 2.5 price (Avg&gt;2.5/Avg&lt;2.5; BbAv&gt;2.5/BbAv&lt;2.5 before 2019/20).</summary>
    public OverUnderPrices? AverageOverUnder25 { get; init; }

    /// <summary>Best pre-closing over/under 2.5 price (Max&gt;2.5/Max&lt;2.5; BbMx&gt;2.5/BbMx&lt;2.5 before 2019/20).</summary>
    public OverUnderPrices? BestOverUnder25 { get; init; }

    /// <summary>Kick-off time in UK local time (the <c>Time</c> column, from 2019/20 only).</summary>
    public TimeOnly? KickOffUkTime { get; init; }

    /// <summary>Home goals at half-time (HTHG), when known.</summary>
    public int? HalfTimeHomeGoals { get; init; }

    /// <summary>Away goals at half-time (HTAG), when known.</summary>
    public int? HalfTimeAwayGoals { get; init; }

    /// <summary>The home side's statistics (HS, HST, HC, HF, HY, HR).</summary>
    public TeamStatistics? HomeStatistics { get; init; }

    /// <summary>The away side's statistics (AS, AST, AC, AF, AY, AR).</summary>
    public TeamStatistics? AwayStatistics { get; init; }
}
