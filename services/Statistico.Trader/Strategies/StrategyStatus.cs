namespace Statistico.Trader.Strategies;

/// <summary>A strategy's life: only ACTIVE strategies signal trades; open trades run to their end whatever the status.</summary>
public enum StrategyStatus
{
    /// <summary>Being written; never trades.</summary>
    Draft,

    /// <summary>Trading.</summary>
    Active,

    /// <summary>Stopped for now; may be made active again.</summary>
    Paused,

    /// <summary>Retired for good; kept for its trades' history.</summary>
    Archived,
}
