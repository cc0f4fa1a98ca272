using Statistico.Trader.Strategies;

namespace Statistico.Trader.Trading;

/// <summary>The queues a trade's orders go to: the paper exchange inside the Trader, or the live exchange adapter.</summary>
public static class OrderEndpoints
{
    public const string Paper = "trader-paper-exchange";

    public const string Live = "trader-live-exchange";

    /// <summary>The send address for a trade of <paramref name="mode"/>.</summary>
    public static Uri For(StrategyMode mode) => new($"queue:{(mode == StrategyMode.Paper ? Paper : Live)}");
}
