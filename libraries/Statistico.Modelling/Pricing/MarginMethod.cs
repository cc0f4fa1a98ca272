namespace Statistico.Modelling.Pricing;

/// <summary>Ways to spread a bookmaker's margin over the selections of a market.</summary>
public enum MarginMethod
{
    /// <summary>Same proportion on every selection: π = p·(1 + m).</summary>
    Multiplicative,

    /// <summary>Same absolute amount on every selection: π = p + m/n.</summary>
    Additive,

    /// <summary>π = p^(1/k): longshots carry more of the margin (favourite–longshot bias).</summary>
    Power,

    /// <summary>Shin (1993): margin as protection against a share z of insider money.</summary>
    Shin,

    /// <summary>Same odds ratio between implied and true probability on every selection.</summary>
    OddsRatio,
}
