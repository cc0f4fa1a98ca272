namespace Statistico.Trader.Strategies;

/// <summary>Where a strategy's orders go.</summary>
public enum StrategyMode
{
    /// <summary>Filled against observed prices by the Trader itself; no money moves (ADR 0601).</summary>
    Paper,

    /// <summary>Sent to the exchange through Statistico.Betfair (the Simulator unless Betfair is configured).</summary>
    Live,
}
