namespace Statistico.Modelling.Staking;

/// <summary>How a stake is sized.</summary>
public enum StakingMethod
{
    /// <summary>The same stake on every bet.</summary>
    Flat,

    /// <summary>A fixed share of the current bankroll on every bet.</summary>
    Percentage,

    /// <summary>A fraction of the Kelly stake, so it grows with the edge.</summary>
    FractionalKelly,
}
