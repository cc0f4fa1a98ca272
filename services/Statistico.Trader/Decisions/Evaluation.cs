namespace Statistico.Trader.Decisions;

/// <summary>What evaluating one strategy on one price decided: a trade to signal, or why not.</summary>
/// <param name="Price">The price to order at.</param>
/// <param name="Stake">The stake (zero when no trade).</param>
/// <param name="ExpectedReturn">Edge per unit staked after commission.</param>
/// <param name="Reason">Why there is no trade; null when there is one.</param>
public sealed record Evaluation(decimal Price, decimal Stake, double ExpectedReturn, string? Reason)
{
    public bool IsTrade => Reason is null;

    public static Evaluation No(string reason) => new(0, 0, 0, reason);
}
