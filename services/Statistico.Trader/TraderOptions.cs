namespace Statistico.Trader;

/// <summary>The Trader's settings (section <c>Trader</c>).</summary>
public sealed class TraderOptions
{
    public const string SectionName = "Trader";

    /// <summary>How long an order may stay (partly) unmatched before its remainder is cancelled.</summary>
    public TimeSpan UnmatchedTimeout { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>
    /// Orders the Trader may send in any rolling hour across its LIVE strategies: Betfair counts 5,000 transactions an
    /// hour before it charges, so the default keeps under that.
    /// </summary>
    public int MaxOrdersPerHour { get; set; } = 5000;

    /// <summary>Create the demo strategies at start-up when they do not exist yet (the README's run command turns this on).</summary>
    public bool DemoStrategies { get; set; }

    /// <summary>The model the demo strategies trust (the Odds Compiler's model name).</summary>
    public string DemoModel { get; set; } = "dixon-coles";

    /// <summary>The competitions the demo strategies trade (the simulated league's code).</summary>
    public IReadOnlyList<string> DemoCompetitions { get; set; } = ["SIM"];

    /// <summary>How LIVE orders are placed, watched, reconciled and settled on the exchange (section <c>Trader:Live</c>).</summary>
    public Live.LiveOrderOptions Live { get; set; } = new();
}
