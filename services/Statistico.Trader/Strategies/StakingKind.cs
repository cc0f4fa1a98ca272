namespace Statistico.Trader.Strategies;

/// <summary>How a strategy sizes its stakes.</summary>
public enum StakingKind
{
    /// <summary>The same amount on every trade.</summary>
    Flat,

    /// <summary>A share of the strategy's current bankroll.</summary>
    Percent,

    /// <summary>A fraction of the Kelly stake, capped at a share of the bankroll.</summary>
    Kelly,
}
