using Statistico.Modelling.Goals;
using Statistico.Modelling.Pricing;
using Statistico.OddsCompiler.MarketInformed;

namespace Statistico.OddsCompiler;

/// <summary>How the compiler fits, prices and debounces (section <c>OddsCompiler</c>).</summary>
public sealed class CompilerOptions
{
    public const string SectionName = "OddsCompiler";

    /// <summary>Book margin over fair (0.05 = a 105% book).</summary>
    public double Margin { get; set; } = 0.05;

    /// <summary>How the margin is spread over a market's selections.</summary>
    public MarginMethod MarginMethod { get; set; } = MarginMethod.Multiplicative;

    /// <summary>Fewest finished matches in the training window before a competition is priced (ADR 0402).</summary>
    public int MinimumMatches { get; set; } = 100;

    /// <summary>Fewest matches each team of a fixture must have in the window before the fixture is priced.</summary>
    public int MinimumTeamMatches { get; set; } = 1;

    /// <summary>Training window in days before the fit date (three seasons, as the walk-forward uses).</summary>
    public int HistoryWindowDays { get; set; } = 3 * 365;

    /// <summary>A competition is refitted once no result has arrived for this long (ADR 0400).</summary>
    public TimeSpan QuietPeriod { get; set; } = TimeSpan.FromMilliseconds(150);

    /// <summary>... but never later than this after the first result of a burst.</summary>
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Quartz cron of the scheduled refit of every competition (seconds first).</summary>
    public string RefitCron { get; set; } = "0 0 4 * * ?";

    /// <summary>Shift per tier moved when a team's strength is carried from another league (ADR 0404).</summary>
    public double PromotionGap { get; set; } = PromotionPriors.EnglandTopTwoGap;

    /// <summary>Shift for a named move, overriding the tiers, keyed <c>FROM&gt;TO</c> (e.g. <c>E1&gt;E0</c>: −0.4).</summary>
    public Dictionary<string, double> PriorShifts { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Tier of each competition (1 = top flight); strength is carried only between competitions with a tier.</summary>
    public Dictionary<string, int> Tiers { get; set; } = new(StringComparer.Ordinal)
    {
        ["E0"] = 1, ["E1"] = 2, ["E2"] = 3, ["E3"] = 4, ["EC"] = 5,
        ["SC0"] = 1, ["SC1"] = 2, ["SC2"] = 3, ["SC3"] = 4,
        ["D1"] = 1, ["D2"] = 2, ["I1"] = 1, ["I2"] = 2, ["SP1"] = 1, ["SP2"] = 2, ["F1"] = 1, ["F2"] = 2,
        ["SIM"] = 1, ["SIM2"] = 2, // the Simulator's two divisions (teams move between them every summer)
    };

    /// <summary>The market-informed book: sources pooled, ridge, when a result counts as known (ADR 1102).</summary>
    public MarketInformedSettings MarketInformed { get; set; } = new();
}
