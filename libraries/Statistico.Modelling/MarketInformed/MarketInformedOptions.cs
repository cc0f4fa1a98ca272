namespace Statistico.Modelling.MarketInformed;

/// <summary>How the market-informed combination is fitted.</summary>
public sealed record MarketInformedOptions
{
    /// <summary>
    /// Ridge strength pulling the weights towards the prior "trust the lead market, ignore the rest", in units
    /// of matches' log likelihood: it decides the first weeks, when there is little history, and fades after.
    /// 500 measured best of 50/500 on the shared seasons (docs/benchmarks.md): the weights are noisy and the
    /// lead market is hard to beat, so a strong pull towards it pays.
    /// </summary>
    public double Ridge { get; init; } = 500;

    /// <summary>Days predicted per refit in a walk-forward: the refit date D and the following six days.</summary>
    public int StepDays { get; init; } = 7;

    /// <summary>Only history within this many days before the decision trains the combination (null: all of it).</summary>
    public int? WindowDays { get; init; }
}
