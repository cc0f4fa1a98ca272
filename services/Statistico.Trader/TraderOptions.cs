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

    /// <summary>
    /// The model the demo strategies trust: the name the Odds Compiler publishes in <c>OddsCompiled</c>, which is the
    /// library's production model's (a strategy naming any other model never sees a compiled price, so never trades).
    /// </summary>
    public string DemoModel { get; set; } = Modelling.Goals.ProductionModel.Create().Name;

    /// <summary>
    /// The competitions the demo strategies trade; empty means the Simulator's two divisions. Empty by default because
    /// the configuration binder appends configured items to a list's initial ones rather than replacing them.
    /// </summary>
    public List<string> DemoCompetitions { get; set; } = [];

    /// <summary>The simulated divisions unless <see cref="DemoCompetitions"/> names others.</summary>
    public IReadOnlyList<string> EffectiveDemoCompetitions => DemoCompetitions.Count > 0 ? DemoCompetitions : ["SIM", "SIM2"];

    /// <summary>
    /// How long the list of ACTIVE strategies the price check runs on may be reused before it is read again (ADR 0618).
    /// A strategy activated on another replica starts being evaluated here within this time; pausing, archiving or
    /// changing one takes effect at once (the locked row decides). Zero reads the list for every decision.
    /// </summary>
    public TimeSpan ActiveStrategiesRefresh { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How LIVE orders are placed, watched, reconciled and settled on the exchange (section <c>Trader:Live</c>).</summary>
    public Live.LiveOrderOptions Live { get; set; } = new();
}
