namespace Statistico.OddsCompiler.MarketInformed;

/// <summary>How the compiler's market-informed book is made (section <c>OddsCompiler:MarketInformed</c>, ADR 1102).</summary>
public sealed class MarketInformedSettings
{
    /// <summary>The <c>OddsCompiled.ModelName</c> of the market-informed book: what a strategy names to trade on it.</summary>
    public const string ModelName = Modelling.MarketInformed.MarketInformedModel.Name;

    /// <summary>
    /// The observed-price sources pooled, the lead first (the prior trusts it alone). Only these are stored. Never
    /// <c>statistico</c> (the Odds Checker's copy of this compiler's own books: pooling it would pool the model with itself).
    /// An array, so a configured list replaces this default instead of being appended to it.
    /// </summary>
#pragma warning disable CA1819 // bound from configuration; a list would be appended to, not replaced
    public string[] Sources { get; set; } = ["betfair"];
#pragma warning restore CA1819

    /// <summary>Ridge towards "trust the lead market alone", in matches' log likelihood (the library's default, ADR 1100).</summary>
    public double Ridge { get; set; } = new Modelling.MarketInformed.MarketInformedOptions().Ridge;

    /// <summary>
    /// How long after its kick-off a match's result counts as known: a training match is used for a fixture only when it
    /// kicked off at least this long before the fixture's kick-off (the decision time), so no result from after it
    /// is ever used.
    /// </summary>
    public TimeSpan ResultKnownAfter { get; set; } = TimeSpan.FromHours(2);
}
