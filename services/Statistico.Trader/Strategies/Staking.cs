namespace Statistico.Trader.Strategies;

/// <summary>A strategy's staking plan.</summary>
/// <param name="Kind">Flat amount, percent of bankroll, or Kelly fraction.</param>
/// <param name="Amount">The stake of a FLAT plan.</param>
/// <param name="Percent">The bankroll share of a PERCENT plan (0.01 = 1%).</param>
/// <param name="KellyFraction">The multiplier on full Kelly of a KELLY plan (0.25 = quarter Kelly).</param>
/// <param name="Cap">The largest share of the bankroll one trade may stake, whatever the plan.</param>
public sealed record Staking(StakingKind Kind, decimal Amount = 0, double Percent = 0, double KellyFraction = 0, double Cap = 0.05);
